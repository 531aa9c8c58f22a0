// Distributions from probabilities, counts and samples.
let d = Distribution(probabilities: [0.5, 0, 0, 0.5])
print(d, d.probabilities, d.bits, d.qubits, d.count)
print(d.support, d.entropy, d[3], d.probability(of: "11"), d.bitstring(2))
let fromCounts = Distribution(counts: [1, 0, 2, 1])
print(fromCounts.probabilities)
let fromSamples = Distribution(samples: [0, 3, 3, 1], qubits: 2)
print(fromSamples)
print(Distribution.uniform(qubits: 2).probabilities, Distribution.uniform(over: [1, 2], qubits: 2).probabilities)
