import Foundation
// floor, ceil and .rounded() (ties away from zero).
let xs = [2.5, -2.5, 2.4999, 3.5, -0.5, 0.5, 7.0]
for x in xs {
    print(x, floor(x), ceil(x), x.rounded())
}
print(Int(2.7), Int(-2.7), Int((2.7).rounded()))
