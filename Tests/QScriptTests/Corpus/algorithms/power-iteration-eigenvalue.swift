// Power iteration for the dominant eigenvalue of a symmetric 3x3 matrix.
import Foundation
let a: [[Double]] = [[4, 1, 0], [1, 3, 1], [0, 1, 2]]
func apply(_ m: [[Double]], _ v: [Double]) -> [Double] {
    m.map { row in zip(row, v).map { $0 * $1 }.reduce(0, +) }
}
func norm(_ v: [Double]) -> Double { sqrt(v.map { $0 * $0 }.reduce(0, +)) }
var v: [Double] = [1, 1, 1]
var lambda = 0.0
for i in 1...50 {
    let w = apply(a, v)
    let n = norm(w)
    v = w.map { $0 / n }
    let next = zip(v, apply(a, v)).map { $0 * $1 }.reduce(0, +)
    if abs(next - lambda) < 1e-12 { print("converged after", i); lambda = next; break }
    lambda = next
}
print(String(format: "lambda %.6f", lambda))
print(v.map { String(format: "%.4f", $0) }.joined(separator: " "))
