// Iterating the elements of an array.
let gates = ["H", "X", "CNOT", "H", "Z"]
var counts = [String: Int]()
for g in gates {
    counts[g, default: 0] += 1
}
for name in counts.keys.sorted() {
    print(name, counts[name]!)
}
let amplitudes = [0.6, 0.0, 0.8]
var norm = 0.0
for a in amplitudes {
    norm += a * a
}
print("norm squared", norm)
