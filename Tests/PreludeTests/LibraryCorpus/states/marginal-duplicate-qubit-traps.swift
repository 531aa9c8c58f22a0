// A marginal that names a qubit twice.
let psi = StateVector(qubits: 3)
print(psi.marginalProbabilities(qubits: [0, 2]))
print(psi.marginalProbabilities(qubits: [1, 1])) // traps here
