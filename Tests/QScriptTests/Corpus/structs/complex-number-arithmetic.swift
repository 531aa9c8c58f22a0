// A complex-number struct with methods: products, conjugates and the modulus.
struct Amplitude {
    var re: Double
    var im: Double
    func plus(_ o: Amplitude) -> Amplitude { Amplitude(re: re + o.re, im: im + o.im) }
    func times(_ o: Amplitude) -> Amplitude {
        Amplitude(re: re * o.re - im * o.im, im: re * o.im + im * o.re)
    }
    var conjugate: Amplitude { Amplitude(re: re, im: -im) }
    var normSquared: Double { re * re + im * im }
    func text() -> String { im < 0 ? "\(re)-\(-im)i" : "\(re)+\(im)i" }
}
let a = Amplitude(re: 0.5, im: 0.5)
let b = Amplitude(re: 0, im: 1)
print(a.times(b), a.times(b).text())
print(a.plus(b).text(), a.conjugate.text())
print(a.times(a.conjugate).re, a.normSquared)
var z = Amplitude(re: 1, im: 0)
for _ in 0..<4 { z = z.times(b); print(z.text()) }
print([a, b])
