// The returned value is computed before defer runs; defer still sees and changes state.
var log: [String] = []
enum CountError: Error { case tooBig(Int) }
func bump(_ counter: inout Int, by k: Int) throws -> Int {
    defer { counter += 100; log.append("defer sees \(counter)") }
    if k > 5 { throw CountError.tooBig(k) }
    counter += k
    return counter
}
var c = 0
print(try bump(&c, by: 2), c)
do {
    print(try bump(&c, by: 9))
} catch {
    print("caught", error, c)
}
print(log)
