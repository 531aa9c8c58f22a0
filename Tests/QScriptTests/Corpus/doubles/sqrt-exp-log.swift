import Foundation
// Square roots, exponentials and logarithms.
print(sqrt(2.0), sqrt(16.0), sqrt(0.0))
print(exp(0.0), exp(1.0), exp(-1.0))
print(log(1.0), log(exp(2.0)), log(10.0))
print(log2(1024.0), log2(3.0), log10(1e-3), log10(2.0))
print(sqrt(-1.0).isNaN, log(0.0), log(-1.0).isNaN)
let entropy = -(0.5 * log2(0.5) + 0.5 * log2(0.5))
print(entropy)
