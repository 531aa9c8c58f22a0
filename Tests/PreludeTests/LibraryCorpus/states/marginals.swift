// Marginal probabilities in the order asked, and single-qubit probabilities of one.
var c = Circuit(qubits: 3)
c.ry(0.4, 0); c.ry(1.3, 1); c.cnot(1, 2)
let psi = c.run()
print(psi.marginalProbabilities(qubits: [2, 0]))
print(psi.marginalProbabilities(qubits: [1]))
print((0..<3).map { psi.probabilityOfOne($0) })
