// Dictionary order is unspecified, so sort the keys before printing.
let frequencies = ["c": 3, "a": 5, "b": 1, "d": 5]
for key in frequencies.keys.sorted() {
    print(key, frequencies[key]!)
}
// Iterating the pairs directly gives tuples; order does not matter for a sum.
var total = 0
for (_, count) in frequencies {
    total += count
}
print("total", total)
for (key, value) in frequencies.sorted(by: { $0.key < $1.key }) {
    print("\(key)=\(value)", terminator: ";")
}
print()
