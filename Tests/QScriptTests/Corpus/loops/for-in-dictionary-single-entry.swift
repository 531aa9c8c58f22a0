// With one entry the iteration order is fixed.
let only = ["answer": 42]
for (key, value) in only {
    print(key, value)
}
for entry in only {
    print(entry.key, entry.value)
}
var tally: [Int: Int] = [:]
for v in [7, 7, 7] {
    tally[v, default: 0] += 1
}
for (value, n) in tally {
    print("\(value) seen \(n) times")
}
