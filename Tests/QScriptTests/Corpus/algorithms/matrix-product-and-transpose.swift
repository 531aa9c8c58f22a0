// Matrix product and transpose over nested arrays, checking (AB)^T = B^T A^T.
func multiply(_ a: [[Int]], _ b: [[Int]]) -> [[Int]] {
    var c = Array(repeating: Array(repeating: 0, count: b[0].count), count: a.count)
    for i in 0..<a.count {
        for j in 0..<b[0].count {
            for k in 0..<b.count { c[i][j] += a[i][k] * b[k][j] }
        }
    }
    return c
}
func transpose(_ m: [[Int]]) -> [[Int]] {
    (0..<m[0].count).map { j in m.map { $0[j] } }
}
let a = [[1, 2, 3], [4, 5, 6]]
let b = [[7, 8], [9, 10], [11, 12]]
let ab = multiply(a, b)
print(ab)
print(transpose(ab) == multiply(transpose(b), transpose(a)))
for row in multiply(b, a) { print(row.map { String($0) }.joined(separator: "\t")) }
let trace = (0..<3).map { multiply(b, a)[$0][$0] }.reduce(0, +)
print("trace", trace)
