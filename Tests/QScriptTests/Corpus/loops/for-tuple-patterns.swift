// Destructuring tuples in the loop header, including nested tuples and _.
let edges = [(0, 1), (1, 2), (2, 0)]
for (from, to) in edges {
    print("\(from) -> \(to)")
}
let samples: [(name: String, value: (Int, Double))] = [("x", (1, 0.5)), ("y", (2, 0.25))]
for (name, (count, weight)) in samples {
    print(name, Double(count) * weight)
}
for (_, value) in samples {
    print(value.0)
}
for (i, (name, _)) in samples.enumerated() {
    print(i, name)
}
