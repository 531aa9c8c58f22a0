// String interpolation of Int, Double, Bool, String, arrays, tuples and expressions.
let n = 3
let p = 0.125
let ok = true
let name = "ghz"
let v = [1, 0, 0, 1]
let t = (x: 1.5, y: -2.0)
print("n=\(n) p=\(p) ok=\(ok) name=\(name)")
print("vector \(v) point \(t)")
print("sum \(n + 4), product \(Double(n) * p), nested \("inner \(n * 2)")")
print("\(1e-05) \(1e16) \(0.1 + 0.2) \(-0.0)")
print("empty: [\("")]", "\([String]())")
