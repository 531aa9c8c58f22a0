// When the right-hand side throws, the assignment target keeps its old value.
enum ReadError: Error { case eof }
var input = [3, 4]
func next() throws -> Int {
    if input.isEmpty { throw ReadError.eof }
    return input.removeFirst()
}
var total = 10
var cells = [0, 0, 0]
var table: [String: Int] = ["a": 1]
do {
    total += try next()
    cells[1] = try next()
    table["a"] = try next()
    print("not reached")
} catch {
    print("stopped:", error)
}
print(total, cells, table)
total += (try? next()) ?? 100
print(total, input)
