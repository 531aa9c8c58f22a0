// Index idioms: enumerated, indices, zip with a range, reversed indices, last-to-first.
let gates = ["h", "cx", "rz", "measure"]
for (i, g) in gates.enumerated() { print("\(i + 1). \(g)") }
for i in gates.indices.reversed() { print(i, gates[i], terminator: i == 0 ? "\n" : "; ") }
for (n, g) in zip(1...gates.count, gates) where g.count > 1 { print(n, g) }
let evenPositions = gates.indices.filter { $0 % 2 == 0 }.map { gates[$0] }
print(evenPositions)
print(Array(gates.enumerated()).last!, gates.indices, gates.enumerated().map { $0.offset * $0.element.count })
