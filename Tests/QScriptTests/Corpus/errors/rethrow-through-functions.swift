// An error passes through throwing callers to the nearest catch; defer bodies run on the way.
enum StepError: Error { case failed(step: Int) }
func step(_ i: Int) throws -> Int {
    if i == 3 { throw StepError.failed(step: i) }
    return i * i
}
func runAll(_ n: Int) throws -> Int {
    defer { print("runAll leaves") }
    var total = 0
    for i in 0..<n {
        total += try step(i)
        print("after step", i, total)
    }
    return total
}
do {
    print(try runAll(3))
    print(try runAll(5))
} catch StepError.failed(let s) {
    print("failed at step", s)
}
