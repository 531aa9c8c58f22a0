// reduce(into:) building frequency tables and running summaries.
let outcomes = ["01", "10", "01", "11", "00", "01", "10", "01"]
let freq = outcomes.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
print(freq.keys.sorted().map { "\($0):\(freq[$0]!)" })
let ones = outcomes.reduce(into: [0, 0]) { acc, s in
    for (i, c) in s.enumerated() where c == "1" { acc[i] += 1 }
}
print(ones)
let running = [3, 1, 4, 1, 5].reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1) }
print(running)
let (evens, odds) = (1...10).reduce(into: ([Int](), [Int]())) { acc, n in
    if n % 2 == 0 { acc.0.append(n) } else { acc.1.append(n) }
}
print(evens, odds)
