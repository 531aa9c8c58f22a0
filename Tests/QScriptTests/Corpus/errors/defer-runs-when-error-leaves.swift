// defer bodies run in reverse order when an error leaves the function, and on normal return.
enum JobError: Error { case failed(step: Int) }
var trace: [String] = []
func run(failAt: Int) throws -> Int {
    trace.append("open")
    defer { trace.append("close") }
    for step in 1...3 {
        defer { trace.append("end \(step)") }
        if step == failAt { throw JobError.failed(step: step) }
        trace.append("step \(step)")
    }
    return 3
}
for f in [0, 2] {
    trace = []
    do {
        let n = try run(failAt: f)
        print("done", n)
    } catch {
        print("error", error)
    }
    print(trace.joined(separator: ", "))
}
