// A NaN with its sign bit set prints as "-nan" through print, interpolation and collections
// (Double's debug form), but as "nan" through description and String(_:).
import Foundation

let a = -Double.nan
print(a)
print(sqrt(-1.0), 0.0 * log(0.0))
let inf = Double.infinity
print(inf - inf, [a], "\(a)")
print(a.description, String(a), String(describing: a))
let positive = Double.nan
print(positive, [positive], 0 - positive)
let entropyTerm = 0.0 * log(0.0)
print("term: \(entropyTerm)", (entropyTerm, 1))
