// IQP circuits: DESIGN's example, exact ⟨Z_a⟩, and the classical estimator with its error.
let iqp = IQPCircuit(qubits: 4, gates: [[0], [1, 2], [0, 3]], parameters: [0.1, 0.2, 0.3])
print(iqp, iqp.qubits, iqp.gates, iqp.parameters)
print(iqp.probabilities().map { ($0 * 1e12).rounded() / 1e12 })
print(iqp.expectationZ([0, 3]))
print(iqp.expectationZ([0, 3], samples: 10_000, seed: 1))
let (value, error) = iqp.estimateZ([1, 2], samples: 5_000, seed: 2)
print(value, error, abs(value - iqp.expectationZ([1, 2])) < 3 * error)
print(iqp.circuit.gateCount)
