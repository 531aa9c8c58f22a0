// Newton's method for square roots, stopping when the step is tiny.
func newtonSqrt(_ a: Double) -> (root: Double, iterations: Int) {
    if a == 0 { return (0, 0) }
    var x = a > 1 ? a / 2 : 1.0
    var iterations = 0
    while true {
        let next = 0.5 * (x + a / x)
        iterations += 1
        if abs(next - x) < 1e-15 * next || iterations == 100 {
            return (next, iterations)
        }
        x = next
    }
}
for a in [2.0, 9.0, 0.25, 1e6, 0.0] {
    let r = newtonSqrt(a)
    print(a, r.root, r.iterations, r.root == a.squareRoot())
}
