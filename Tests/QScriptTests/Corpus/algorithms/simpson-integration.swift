// Simpson's rule with a function parameter, compared with the trapezoid rule.
import Foundation
func simpson(_ f: (Double) -> Double, _ a: Double, _ b: Double, _ n: Int) -> Double {
    let h = (b - a) / Double(n)
    var s = f(a) + f(b)
    for i in 1..<n { s += f(a + Double(i) * h) * (i % 2 == 1 ? 4 : 2) }
    return s * h / 3
}
func trapezoid(_ f: (Double) -> Double, _ a: Double, _ b: Double, _ n: Int) -> Double {
    let h = (b - a) / Double(n)
    var s = (f(a) + f(b)) / 2
    for i in 1..<n { s += f(a + Double(i) * h) }
    return s * h
}
for n in [2, 8, 32] {
    let s = simpson({ $0 * $0 * $0 }, 0, 2, n)
    let t = trapezoid({ $0 * $0 * $0 }, 0, 2, n)
    print(n, s, String(format: "%.6f", t))
}
print(String(format: "%.8f %.8f", simpson(sin, 0, Double.pi, 64), simpson(exp, 0, 1, 16)))
