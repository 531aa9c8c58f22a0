import Foundation
// %.Nf rounds the binary value: 0.125 and 0.375 are exact ties, 2.675 is below its tie.
print(String(format: "%.2f %.2f %.2f", 0.125, 0.375, 2.675))
print(String(format: "%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(String(format: "%.1f", 0.05), String(format: "%.1f", 0.15), String(format: "%.1f", 0.25))
