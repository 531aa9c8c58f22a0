// Formatting a state vector as a ket sum with String(format:), skipping tiny amplitudes.
import Foundation
let amps = [0.7071067811865476, 0.0, 0.0, -0.5, 1e-12, 0.0, 0.25, 0.4330127018922193]
var terms: [String] = []
for (i, a) in amps.enumerated() where abs(a) > 1e-9 {
    let bits = String(i, radix: 2)
    let padded = String(repeating: "0", count: 3 - bits.count) + bits
    let sign = a < 0 ? "- " : (terms.isEmpty ? "" : "+ ")
    terms.append(sign + String(format: "%.3f|%@>", abs(a), padded))
}
print(terms.joined(separator: " "))
let norm = amps.map { $0 * $0 }.reduce(0, +)
print(String(format: "norm %.6f, %d terms, largest %+.2e", norm, terms.count, amps.max()!))
print(String(format: "%5d|%-5d|%05d|%x|%o", 42, 42, 42, 255, 8))
