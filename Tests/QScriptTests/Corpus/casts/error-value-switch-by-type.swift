// Inside a catch, casts of the error value tell error types apart.
enum CircuitError: Error { case unknownGate(String), badQubit(Int) }
struct TimeoutError: Error { var seconds: Int }
func step(_ i: Int) throws -> String {
    if i == 1 { throw CircuitError.unknownGate("zz") }
    if i == 2 { throw CircuitError.badQubit(9) }
    if i == 3 { throw TimeoutError(seconds: 5) }
    return "ok \(i)"
}
for i in 0...3 {
    do {
        print(try step(i))
    } catch {
        switch error {
        case let e as CircuitError: print("circuit:", e)
        case let t as TimeoutError: print("timeout after", t.seconds)
        default: print("?")
        }
        print(error is CircuitError, (error as? TimeoutError)?.seconds as Any)
    }
}
