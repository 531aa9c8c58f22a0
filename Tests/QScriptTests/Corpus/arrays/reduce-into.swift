// reduce(into:_:) mutates an accumulator in place.
let rolls = [3, 1, 3, 6, 1, 3]
let counts = rolls.reduce(into: Array(repeating: 0, count: 7)) { acc, r in
    acc[r] += 1
}
print(counts)
let evensAndOdds = rolls.reduce(into: (0, 0)) { acc, r in
    if r % 2 == 0 { acc.0 += 1 } else { acc.1 += 1 }
}
print(evensAndOdds)
let joined = ["a", "b", "c"].reduce(into: "") { $0 += $1 }
print(joined)
let tally = rolls.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
print(tally.keys.sorted().map { "\($0)x\(tally[$0]!)" })
