// A struct that conforms to Error; catch let e as T binds it with its type.
struct ShotError: Error {
    var shots: Int
    var reason: String
}
enum Other: Error { case unknown }
func run(_ shots: Int) throws -> Double {
    if shots <= 0 { throw ShotError(shots: shots, reason: "no shots") }
    if shots > 1000 { throw Other.unknown }
    return 1.0 / Double(shots).squareRoot()
}
for s in [100, 0, 5000] {
    do {
        print("error bar", try run(s))
    } catch let e as ShotError {
        print("shot error:", e.reason, e.shots)
    } catch is Other {
        print("some other error")
    } catch {
        print("unexpected", error)
    }
}
