// Normalising counts into a probability vector and checking it sums to one.
let counts = [512, 0, 256, 256]
let total = counts.reduce(0) { $0 + $1 }
let probs = counts.map { Double($0) / Double(total) }
print(probs)
print(probs.reduce(0.0) { $0 + $1 })
let support = probs.enumerated().filter { $0.element > 0 }.map { $0.offset }
print("non-zero outcomes:", support)
let mostLikely = probs.firstIndex(of: probs.max()!)!
print("most likely:", mostLikely)
