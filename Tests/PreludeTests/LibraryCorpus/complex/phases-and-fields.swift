// Unit phases, fields that can be set, approximate equality.
let w = Complex.exp(i: 3.141592653589793 / 4)
print(w, w.magnitude)
var z = Complex(1, 1)
z.re = 2
z.im = -0.5
print(z, z.re, z.im)
print((w * w).isApproximatelyEqual(to: Complex.i), (w * w).isApproximatelyEqual(to: Complex.one, tolerance: 0.5))
