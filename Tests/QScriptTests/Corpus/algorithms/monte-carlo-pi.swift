// Estimating pi with a deterministic pseudo-random sequence.
var state = 7
func next() -> Double {
    state = (state * 48271) % 2147483647
    return Double(state) / 2147483647.0
}
var inside = 0
let samples = 20000
for _ in 0..<samples {
    let x = next()
    let y = next()
    if x * x + y * y <= 1 {
        inside += 1
    }
}
let estimate = 4 * Double(inside) / Double(samples)
print(inside, estimate)
print(abs(estimate - Double.pi) < 0.05)
