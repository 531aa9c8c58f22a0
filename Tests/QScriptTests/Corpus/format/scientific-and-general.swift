import Foundation
// %e and %g.
let values = [0.000123, 1.0, 123456.0, 6.02e23]
for v in values {
    print(String(format: "%e | %.2e | %g | %.3g", v, v, v, v))
}
print(String(format: "%g %g %g", 100000.0, 1000000.0, 0.0001))
