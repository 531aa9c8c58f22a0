// Using enumerated() with map to get index-aware transformations.
let probs = [0.5, 0.125, 0.375]
let labelled = probs.enumerated().map { "\($0.offset):\($0.element)" }
print(labelled)
let weighted = probs.enumerated().map { (i, p) in Double(i) * p }
print(weighted, weighted.reduce(0) { $0 + $1 })
let tagged = ["a", "b"].enumerated().map { pair in pair.element + String(pair.offset) }
print(tagged)
