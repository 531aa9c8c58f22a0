// Rotations by constant angles, then their probabilities.
var c = Circuit(qubits: 2)
c.rx(0.3, 0); c.ry(1.1, 1); c.rz(-0.7, 0); c.phase(0.25, 1); c.u3(0.1, 0.2, 0.3, 0)
let p = c.run().probabilities()
for (i, x) in p.enumerated() { print(StateVector.bitstring(i, qubits: 2), x) }
