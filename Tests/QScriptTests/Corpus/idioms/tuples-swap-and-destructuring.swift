// Tuple idioms: swapping, returning several values, destructuring in loops.
var a = 1, b = 2
(a, b) = (b, a)
print(a, b)
func minMaxMean(_ xs: [Double]) -> (min: Double, max: Double, mean: Double) {
    (xs.min()!, xs.max()!, xs.reduce(0, +) / Double(xs.count))
}
let stats = minMaxMean([2, 8, 5, 1])
let (lo, hi, _) = stats
print(stats, lo, hi, stats.mean)
var fib = (0, 1)
for _ in 0..<10 { fib = (fib.1, fib.0 + fib.1) }
print(fib)
let pairs = [(name: "x", value: 1), (name: "y", value: -2)]
for (name, value) in pairs { print(name, value) }
for p in pairs where p.value > 0 { print(p) }
var xs = [5, 1, 4]
xs.swapAt(0, 2)
print(xs)
