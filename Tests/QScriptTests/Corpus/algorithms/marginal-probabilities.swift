// Marginal probabilities of each qubit from a 3-qubit probability vector.
let probs = [0.10, 0.05, 0.20, 0.15, 0.05, 0.15, 0.10, 0.20]
let n = 3
for q in 0..<n {
    var p1 = 0.0
    for (state, p) in probs.enumerated() where (state >> q) & 1 == 1 { p1 += p }
    print("qubit", q, "P(1) =", (p1 * 100).rounded() / 100)
}
var pairs: [String] = []
for s in 0..<probs.count {
    let b = String(s, radix: 2)
    pairs.append(String(repeating: "0", count: n - b.count) + b + ":" + String(Int((probs[s] * 100).rounded())))
}
print(pairs.joined(separator: " "))
let mostLikely = probs.indices.max { probs[$0] < probs[$1] }!
print("most likely", mostLikely, probs[mostLikely])
