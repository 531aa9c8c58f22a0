// Binomial coefficients by Pascal's rule, and the distribution of the number of ones.
import Foundation
func choose(_ n: Int, _ k: Int) -> Int {
    if k < 0 || k > n { return 0 }
    var row = [1]
    for _ in 0..<n {
        var next = [1]
        for i in 1..<row.count { next.append(row[i - 1] + row[i]) }
        next.append(1)
        row = next
    }
    return row[k]
}
let n = 6
let p = 0.25
var total = 0.0
for k in 0...n {
    let prob = Double(choose(n, k)) * pow(p, Double(k)) * pow(1 - p, Double(n - k))
    total += prob
    print(k, choose(n, k), String(format: "%.5f", prob))
}
print(String(format: "sum %.6f", total), choose(30, 15), choose(5, 7))
