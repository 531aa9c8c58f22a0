import Foundation
// pow against repeated multiplication and .squareRoot().
print(pow(2.0, 10.0), pow(2.0, 0.5), pow(10.0, -2.0))
print(pow(-8.0, 1.0 / 3.0).isNaN, pow(0.0, 0.0), pow(-2.0, 3.0))
let x = 2.0
print(x.squareRoot(), x.squareRoot() * x.squareRoot())
print((0.5).squareRoot(), 1 / (2.0).squareRoot())
print(pow(1.0001, 10000.0))
