// A histogram of sums of two dice, stored in a dictionary keyed by Int.
var histogram: [Int: Int] = [:]
for a in 1...6 {
    for b in 1...6 {
        histogram[a + b, default: 0] += 1
    }
}
for total in histogram.keys.sorted() {
    let n = histogram[total]!
    var bar = ""
    for _ in 0..<n { bar += "#" }
    print(total < 10 ? " \(total)" : "\(total)", bar)
}
print(histogram.values.reduce(0) { $0 + $1 })
