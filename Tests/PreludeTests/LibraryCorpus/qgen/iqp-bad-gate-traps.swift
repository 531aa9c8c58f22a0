// A gate on a qubit the circuit does not have.
let ok = IQPCircuit(qubits: 2, gates: [[0, 1]], parameters: [0.5])
print(ok.expectationZ([0]))
let bad = IQPCircuit(qubits: 2, gates: [[0, 2]], parameters: [0.5]) // traps here
print(bad.qubits)
