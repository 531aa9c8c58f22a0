// Enums without payloads are Hashable: dictionary keys, counted and printed sorted.
enum Outcome: Int { case zero, one }
enum Suit: String, CaseIterable { case clubs, diamonds, hearts, spades }
var counts: [Outcome: Int] = [:]
var x = 7
for _ in 0..<20 {
    x = (x * 13 + 5) % 31
    counts[x % 2 == 0 ? .zero : .one, default: 0] += 1
}
for k in counts.keys.sorted(by: { $0.rawValue < $1.rawValue }) { print(k, counts[k]!) }
let single: [Suit: Int] = [.hearts: 3]
print(single)
let values: [Suit: Int] = [.clubs: 1, .spades: 4, .hearts: 2]
for s in Suit.allCases { print(s, values[s] as Any) }
print(values.values.reduce(0, +))
