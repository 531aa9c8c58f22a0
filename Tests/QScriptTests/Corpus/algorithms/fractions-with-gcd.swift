// Fractions reduced with Euclid's gcd: sums of unit fractions and a harmonic number.
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
struct Frac {
    var num: Int
    var den: Int
    func reduced() -> Frac {
        let g = gcd(num, den)
        let s = den < 0 ? -1 : 1
        return Frac(num: s * num / g, den: s * den / g)
    }
    func plus(_ o: Frac) -> Frac { Frac(num: num * o.den + o.num * den, den: den * o.den).reduced() }
    var text: String { den == 1 ? "\(num)" : "\(num)/\(den)" }
}
var h = Frac(num: 0, den: 1)
for k in 1...8 {
    h = h.plus(Frac(num: 1, den: k))
    print("H\(k) =", h.text)
}
print(Frac(num: 6, den: -8).reduced().text, gcd(0, 7), gcd(-12, 18), 12 / gcd(12, 18) * 18)
