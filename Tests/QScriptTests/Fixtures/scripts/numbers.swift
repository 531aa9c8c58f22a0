// Int and Double arithmetic, literal typing, Swift's Double printing.
let theta = 0.5
print(2 * theta)            // expect: 1.0
print(0.1 + 0.2)            // expect: 0.30000000000000004
print(1e-05, 1e16, 1.0e15)  // expect: 1e-05 1e+16 1000000000000000.0
print(7 / 2, 7 % 3, -7 / 2) // expect: 3 1 -3
print(1 / 2 + 0.5)          // expect: 1.0
print(0b1010, 0xff, 1_000)  // expect: 10 255 1000
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 4, -16 >> 2, ~0) // expect: 1 7 6 16 -4 -1
print(Int.max, Int.min)     // expect: 9223372036854775807 -9223372036854775808
print(Double.pi)            // expect: 3.141592653589793
print(2.0.squareRoot(), (2.5).rounded(), (-2.5).rounded(.down)) // expect: 1.4142135623730951 3.0 -3.0
print(10.isMultiple(of: 5), 7.nonzeroBitCount) // expect: true 3
print((0.0 / 1.0).isNaN, Double.nan.isNaN)     // expect: false true
print(abs(-3), abs(-2.5), min(3, 1, 2), max(1.5, 2)) // expect: 3 2.5 1 2.0
print(7.5.truncatingRemainder(dividingBy: 2))  // expect: 1.5
var x = 10
x += 5; x *= 2; x -= 1; x /= 3
print(x)                    // expect: 9
