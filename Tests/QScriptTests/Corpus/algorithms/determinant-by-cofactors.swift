// Determinants by cofactor expansion along the first row, recursively.
func minor(_ m: [[Int]], _ col: Int) -> [[Int]] {
    m.dropFirst().map { row in row.enumerated().filter { $0.offset != col }.map { $0.element } }
}
func det(_ m: [[Int]]) -> Int {
    if m.count == 1 { return m[0][0] }
    var total = 0
    for (j, a) in m[0].enumerated() {
        let sign = j % 2 == 0 ? 1 : -1
        total += sign * a * det(minor(m, j))
    }
    return total
}
print(det([[3]]), det([[1, 2], [3, 4]]))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
let vandermonde = [1, 2, 3, 4].map { x in (0..<4).map { p in (0..<p).reduce(1) { acc, _ in acc * x } } }
print(vandermonde)
print(det(vandermonde), minor(vandermonde, 1))
