// Complex arithmetic with (re, im) tuples, as a quantum tutorial might start.
func mul(_ a: (re: Double, im: Double), _ b: (re: Double, im: Double)) -> (re: Double, im: Double) {
    (a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}
func add(_ a: (re: Double, im: Double), _ b: (re: Double, im: Double)) -> (re: Double, im: Double) {
    (a.re + b.re, a.im + b.im)
}
let i = (re: 0.0, im: 1.0)
print(mul(i, i))
let z = (re: 3.0, im: 4.0)
print(add(z, mul(z, i)))
let norm2 = z.re * z.re + z.im * z.im
print(norm2, norm2.squareRoot())
