print(2.0.squareRoot(), abs(-2), max(1, 2))   // expect: 1.4142135623730951 2 2
// --- cell
print(sqrt(2.0))                              // expect error: cannot find 'sqrt' in scope
// --- cell
import Foundation
print(sqrt(4.0), String(format: "%.2f", 1.0 / 3.0)) // expect: 2.0 0.33
// --- cell
print(exp(0.0), "a b".components(separatedBy: " ")) // expect: 1.0 ["a", "b"]
