// Iterating key-value pairs in sorted key order.
let amplitudes: [Int: Double] = [3: 0.5, 0: 0.5, 1: -0.5, 2: 0.5]
for key in amplitudes.keys.sorted() {
    let a = amplitudes[key]!
    print("|\(key)>", a, a * a)
}
var norm = 0.0
for (_, a) in amplitudes {
    norm += a * a
}
print(norm)
for (k, v) in amplitudes.sorted(by: { $0.key > $1.key }) where v < 0 {
    print("negative amplitude at", k, v)
}
