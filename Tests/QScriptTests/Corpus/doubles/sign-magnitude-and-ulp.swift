// sign, magnitude and ulp of Doubles; FloatingPointSign prints as plus/minus.
let xs = [-1.5, 2.0, -0.0, 3.25]
print(xs.map { $0.sign }, xs.map { $0.magnitude })
print(1.0.ulp, 1024.0.ulp, 0.0.ulp, Double.pi.ulp)
print(xs.filter { $0.sign == .minus })
print((-2.0).sign.rawValue, FloatingPointSign.plus.rawValue, FloatingPointSign(rawValue: 1) == .minus)
for x in xs {
    switch x.sign {
    case .plus: print(x, "is non-negative in sign")
    case .minus: print(x, "has the sign bit set")
    }
}
