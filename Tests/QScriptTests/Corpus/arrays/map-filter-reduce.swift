// The three classic higher-order functions.
let amplitudes = [0.5, -0.5, 0.5, 0.5]
let probabilities = amplitudes.map { $0 * $0 }
print(probabilities)
let total = probabilities.reduce(0.0) { $0 + $1 }
print(total)
let positive = amplitudes.filter { $0 > 0 }
print(positive.count)
let words = ["one", "three", "five"]
print(words.map { $0.count }, words.filter { $0.count > 3 })
let longest = words.reduce("") { best, w in w.count > best.count ? w : best }
print(longest)
