import Foundation
// %f with precision: the usual way tutorials format probabilities.
let p = 2.0 / 3.0
print(String(format: "%.2f", p))
print(String(format: "%.0f %.1f %.3f %.6f", p, p, p, p))
print(String(format: "%f", 1.0 / 8.0))
print(String(format: "%.2f", 0.125), String(format: "%.2f", 0.375), String(format: "%.1f", 0.25))
print(String(format: "%.3f", -0.0004), String(format: "%.2f", 1e10))
