// A circuit written as QASM and read back runs the same.
var c = Circuit(qubits: 3)
c.h(0); c.cx(0, 2); c.ry(0.25, 1); c.cz(1, 2); c.t(0)
let back = Circuit(qasm: c.qasm())
print(back.gateCount == c.gateCount, back.run().probabilities() == c.run().probabilities())
