// Errors stored in struct properties and optionals print qualified with the module.
enum Failure: Error { case timeout(after: Int), crashed }
struct Attempt { var id: Int; var failure: Failure? }
func runJob(_ id: Int) throws -> Int {
    if id == 2 { throw Failure.timeout(after: 30) }
    if id == 4 { throw Failure.crashed }
    return id * 10
}
var attempts: [Attempt] = []
for id in 1...4 {
    do {
        _ = try runJob(id)
        attempts.append(Attempt(id: id, failure: nil))
    } catch let f as Failure {
        attempts.append(Attempt(id: id, failure: f))
    } catch {
        print("other")
    }
}
for a in attempts { print(a) }
print(attempts.filter { $0.failure != nil }.map { $0.id })
print(attempts[1].failure!, [attempts[3]])
