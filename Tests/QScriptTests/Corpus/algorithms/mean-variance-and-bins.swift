// Mean, sample variance, standard deviation and a text bar chart of binned data.
import Foundation
let data = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.9, 3.7, 2.2, 6.1, 3.0]
let n = Double(data.count)
let mean = data.reduce(0, +) / n
let variance = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)
print(String(format: "mean %.4f  var %.4f  sd %.4f", mean, variance, sqrt(variance)))
let lo = data.min()!, hi = data.max()!
let bins = 4
let width = (hi - lo) / Double(bins)
var counts = Array(repeating: 0, count: bins)
for x in data {
    let b = min(Int((x - lo) / width), bins - 1)
    counts[b] += 1
}
for (i, c) in counts.enumerated() {
    let start = lo + Double(i) * width
    print(String(format: "%5.2f | ", start) + String(repeating: "#", count: c), c)
}
