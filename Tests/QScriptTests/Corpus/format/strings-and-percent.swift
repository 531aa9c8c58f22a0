import Foundation
// %@ for Swift strings and %% for a literal percent sign.
let name = "Bell"
let fidelity = 0.9876
print(String(format: "%@ state fidelity: %.1f%%", name, fidelity * 100))
print(String(format: "%@-%@", "a", "b"))
print(String(format: "100%%"))
print(String(format: "%d%% of %d shots", 50, 1024))
