// A nested throwing function, called with try from its enclosing throwing function.
enum MatrixError: Error { case notSquare(rows: Int, cols: Int), empty }
func trace(_ m: [[Int]]) throws -> Int {
    func checkShape() throws {
        guard !m.isEmpty else { throw MatrixError.empty }
        for row in m where row.count != m.count {
            throw MatrixError.notSquare(rows: m.count, cols: row.count)
        }
    }
    try checkShape()
    var t = 0
    for i in 0..<m.count { t += m[i][i] }
    return t
}
let ms: [[[Int]]] = [[[1, 2], [3, 4]], [[1, 2, 3], [4, 5, 6]], [], [[5]]]
for m in ms {
    do { print("trace", try trace(m)) } catch { print("error", error) }
}
