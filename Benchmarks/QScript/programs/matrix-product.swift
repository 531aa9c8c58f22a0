let n = 100
var a = [[Double]](repeating: [Double](repeating: 0.0, count: n), count: n)
var b = a
for i in 0..<n {
    for j in 0..<n {
        a[i][j] = Double(i + j) / Double(n)
        b[i][j] = Double(i - j) / Double(n)
    }
}
var c = [[Double]](repeating: [Double](repeating: 0.0, count: n), count: n)
for i in 0..<n {
    for j in 0..<n {
        var sum = 0.0
        for k in 0..<n {
            sum += a[i][k] * b[k][j]
        }
        c[i][j] = sum
    }
}
print(c[10][20], c[99][0])
