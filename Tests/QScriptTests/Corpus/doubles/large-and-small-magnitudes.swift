// Doubles far from 1, and integers represented exactly up to 2^53.
let big = 9007199254740992.0
print(big, big + 1, big + 2)
print(Double(Int.max))
let tiny = 1e-300
print(tiny * tiny, tiny / 1e10)
print(1e300 * 1e10)
print(Double(1 << 53) == big)
