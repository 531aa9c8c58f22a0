// Sorting with comparator closures: by absolute value, by several keys, descending.
let values = [3, -7, 2, -2, 7, 0, -3, 5]
print(values.sorted { abs($0) < abs($1) || (abs($0) == abs($1) && $0 < $1) })
print(values.sorted(by: >))
let words = ["qubit", "gate", "ancilla", "phase", "bit", "oracle", "ket"]
let byLengthThenAlpha = words.sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
print(byLengthThenAlpha)
let comparators: [(String, String) -> Bool] = [{ $0 < $1 }, { $0.count > $1.count }, { $0.last! < $1.last! }]
for c in comparators { print(words.sorted(by: c).prefix(3)) }
print(words.min { $0.count < $1.count }!, words.max(by: { $0.last! < $1.last! })!)
