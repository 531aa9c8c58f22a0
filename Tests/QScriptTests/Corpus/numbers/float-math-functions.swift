// Foundation math on Float calls the Float overloads (sinf, expf, ...), rounded as Float.
import Foundation
let f: Float = 0.7
print(sqrt(f), exp(f), log(f), sin(f), cos(f), tan(f), atan(f), floor(f * 10), round(f * 3), cbrt(f))
let xs: [Float] = [0.1, 0.2, 0.3]
print(xs.map { sin($0) }, xs.map { exp($0) })
print(sqrt(Float(2)), log2(Float(10)), tanh(f))
print(pow(f, 2), pow(f, f), atan2(f, 1), hypot(Float(3), 4), fmod(f * 10, 3))
