var counts: [String: Int] = [:]
for w in ["a", "b", "a"] { counts[w, default: 0] += 1 }
print(counts["a"]!, counts["z"] ?? 0, counts.count) // expect: 2 0 2
counts["b"] = nil
print(counts)                                   // expect: ["a": 2]
var d = ["x": 1.5]
d["y"] = 2.5
for k in d.keys.sorted() { print(k, d[k]!) }
// expect: x 1.5
// expect: y 2.5
print(d.values.sorted(), d.isEmpty)             // expect: [1.5, 2.5] false
print(d.removeValue(forKey: "x"), d)            // expect: Optional(1.5) ["y": 2.5]
let squares = [1: 1, 2: 4]
print(squares.mapValues { $0 * 10 }[2]!)        // expect: 40
