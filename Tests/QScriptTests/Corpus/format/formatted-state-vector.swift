import Foundation
// Printing a state vector with fixed precision and basis labels.
let amplitudes = [1 / 2.0.squareRoot(), 0, 0, -1 / 2.0.squareRoot()]
for (i, a) in amplitudes.enumerated() {
    var label = String(i, radix: 2)
    while label.count < 2 { label = "0" + label }
    print(String(format: "|%@>  %+.4f  p=%.3f", label, a, a * a))
}
