// Dictionary(uniqueKeysWithValues:) from an array of pairs and from zip.
let d = Dictionary(uniqueKeysWithValues: [("a", 1), ("b", 2)])
print(d["a"]!, d["b"]!, d.count)
let labels = ["00", "01", "10", "11"]
let probs = [0.5, 0.0, 0.0, 0.5]
let table = Dictionary(uniqueKeysWithValues: zip(labels, probs))
for k in table.keys.sorted() { print(k, table[k]!) }
let squares = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, $0 * $0) })
print(squares[3]!, squares.values.reduce(0, +))
