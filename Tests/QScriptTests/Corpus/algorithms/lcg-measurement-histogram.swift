// Simulated measurements with a small linear congruential generator (deterministic).
var seed = 42
func nextUniform() -> Double {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return Double(seed) / 2147483648.0
}
let probabilities = [0.5, 0.25, 0.125, 0.125]
var counts = Array(repeating: 0, count: probabilities.count)
for _ in 0..<1000 {
    let u = nextUniform()
    var cumulative = 0.0
    for (i, p) in probabilities.enumerated() {
        cumulative += p
        if u < cumulative {
            counts[i] += 1
            break
        }
    }
}
print(counts, counts.reduce(0) { $0 + $1 })
for (i, c) in counts.enumerated() {
    print(String(i, radix: 2), c, Double(c) / 1000)
}
