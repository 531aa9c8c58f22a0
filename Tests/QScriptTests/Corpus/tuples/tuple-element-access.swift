// .0/.1 positions and labels on the same tuple.
let complex = (re: 0.6, im: -0.8)
print(complex.re, complex.im, complex.0, complex.1)
let triple = (1, "two", 3.0)
print(triple.0, triple.1, triple.2)
let nested = ((1, 2), (x: 3, y: 4))
print(nested.0.1, nested.1.x, nested.1.1)
let magnitude = (complex.re * complex.re + complex.im * complex.im).squareRoot()
print(magnitude)
