// Bisection on x^3 - 2x - 5 (Wallis's example).
func f(_ x: Double) -> Double { x * x * x - 2 * x - 5 }
var lo = 2.0
var hi = 3.0
var steps = 0
while hi - lo > 1e-12 {
    let mid = (lo + hi) / 2
    if f(lo) * f(mid) <= 0 {
        hi = mid
    } else {
        lo = mid
    }
    steps += 1
}
print(steps)
print(lo)
print(abs(f(lo)) < 1e-9)
