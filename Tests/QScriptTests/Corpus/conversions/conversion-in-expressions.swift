// Converting inside larger expressions: averages, percentages, rounding to Int.
let hits = 37
let shots = 128
let rate = Double(hits) / Double(shots)
print(rate)
let percent = Int((rate * 100).rounded())
print("\(percent)%")
let buckets = 10
let width = 1.0 / Double(buckets)
let values = [0.05, 0.15, 0.99, 0.5]
print(values.map { Int($0 / width) })
let mean = Double([4, 8, 15, 16, 23, 42].reduce(0) { $0 + $1 }) / 6
print(mean)
