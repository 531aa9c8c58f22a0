// Complex numbers: construction, constants, arithmetic.
let a = Complex(1, 2)
let b = Complex(0.5)
print(a, b, Complex.i, Complex.one, Complex.zero)
print(a + b, a - b, a * b, a * 2.0, 3.0 * a, a / 2.0)
print(a.conjugate, a.magnitude, a.magnitudeSquared)
