// Plain enums are Equatable and Hashable without declaring it; Set-free counting via a dictionary.
enum Outcome { case heads, tails }
let flips: [Outcome] = [.heads, .tails, .tails, .heads, .tails]
var tally: [Outcome: Int] = [:]
for f in flips { tally[f, default: 0] += 1 }
print(tally[.heads]!, tally[.tails]!)
print(flips.filter { $0 == .tails }.count, flips.first == .heads, flips.last != .heads)
print(flips.firstIndex(of: .tails)!, flips.lastIndex(of: .heads)!)
