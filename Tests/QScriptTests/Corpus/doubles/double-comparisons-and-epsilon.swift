// Comparing floating-point results with a tolerance.
let a = 0.1 + 0.2
let b = 0.3
print(a == b, a > b, abs(a - b) < 1e-12)
print(a - b)
func nearlyEqual(_ x: Double, _ y: Double, tol: Double = 1e-9) -> Bool {
    abs(x - y) <= tol * max(1.0, abs(x), abs(y))
}
print(nearlyEqual(a, b), nearlyEqual(1e10, 1e10 + 1), nearlyEqual(1, 1.1))
