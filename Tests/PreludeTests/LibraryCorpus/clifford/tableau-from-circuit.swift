// A tableau from a Clifford circuit agrees with the state vector.
var c = Circuit(qubits: 2)
c.h(0); c.cnot(0, 1); c.z(1); c.sdg(0)
var t = Tableau(c)
t.apply(.h, on: [1])
t.apply(.x, on: [0], controls: [1])
c.h(1); c.cnot(1, 0)
print((0..<4).map { t.probability(of: $0) })
print(c.run().probabilities().map { ($0 * 1e12).rounded() / 1e12 })
