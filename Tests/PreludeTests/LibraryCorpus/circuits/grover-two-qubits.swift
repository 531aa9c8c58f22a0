// One Grover iteration finds the marked state |11> of two qubits with certainty.
var c = Circuit(qubits: 2)
c.h(0); c.h(1)
c.cz(0, 1)
c.h(0); c.h(1); c.x(0); c.x(1); c.cz(0, 1); c.x(0); c.x(1); c.h(0); c.h(1)
print(c.run().probabilities().map { ($0 * 1e12).rounded() / 1e12 })
print(c.run().counts(shots: 100, seed: 1))
