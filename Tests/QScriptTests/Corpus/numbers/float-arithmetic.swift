// Float arithmetic rounds to single precision and prints Float's shortest digits.
let f: Float = 0.1
let g: Float = 3
print(f, f + g, f * 3, g / 7, Float.pi, Double(f))
print(Float(0.1) == f, f < 0.2, -f, f.squareRoot(), Float(2).squareRoot())
var acc: Float = 0
for _ in 0..<10 { acc += 0.1 }
print(acc, acc == 1, Double(acc))
let s: Float = 16777217
print(s, Float(16777216) == s, Float.greatestFiniteMagnitude, Float.ulpOfOne)
print((-f).sign, f.isNaN, String(f), "\(g)", [f, g], f.magnitude, Float(1).ulp)
