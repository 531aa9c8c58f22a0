// Marginals in the order asked, and seeded samples.
let d = Distribution(probabilities: [0.1, 0.2, 0.3, 0.4])
print(d.marginal(qubits: [1]).probabilities, d.marginal(qubits: [1, 0]).probabilities)
let s = d.sample(shots: 15, seed: 2)
print(s)
print(Distribution(samples: d.sample(shots: 10000, seed: 4), qubits: 2))
