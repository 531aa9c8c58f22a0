// A repeated key in Dictionary(uniqueKeysWithValues:) traps.
let keys = ["x", "y", "x"]
print(keys.count)
var pairs: [(String, Int)] = []
for (i, k) in keys.enumerated() { pairs.append((k, i)) }
let d = Dictionary(uniqueKeysWithValues: pairs) // traps here
print(d.count)
