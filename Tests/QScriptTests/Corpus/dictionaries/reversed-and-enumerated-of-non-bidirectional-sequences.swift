// A dictionary is not a BidirectionalCollection: its reversed() is Sequence's, an array.
// Its enumerated() view prints the dictionary as its base.
let d = ["a": 1]
print(d.reversed())
print(d.enumerated())
for (i, entry) in d.enumerated() { print(i, entry.key, entry.value) }
// Keys, values and strides are not bidirectional either.
print(d.keys.reversed())
print(d.values.reversed())
print(stride(from: 0, to: 6, by: 2).reversed())
let r: [Int] = [1, 2, 3].reversed()
print(r)
print([1, 2, 3].reversed())
print(d.filter { $0.value > 0 }.reversed())
