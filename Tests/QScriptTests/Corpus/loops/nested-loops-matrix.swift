// Matrix product with nested loops.
let a: [[Double]] = [[1, 2], [3, 4]]
let b: [[Double]] = [[0, 1], [1, 0]]
var c = Array(repeating: Array(repeating: 0.0, count: 2), count: 2)
for i in 0..<2 {
    for j in 0..<2 {
        for k in 0..<2 {
            c[i][j] += a[i][k] * b[k][j]
        }
    }
}
print(c)
for row in c {
    print(row.map { String($0) }.joined(separator: " "))
}
