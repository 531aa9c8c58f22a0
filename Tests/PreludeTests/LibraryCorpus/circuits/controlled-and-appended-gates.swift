// Any gate with any number of controls, appended gates and user unitaries.
var c = Circuit(qubits: 3)
c.x(0); c.x(1)
c.controlled(.x, controls: [0, 1], targets: [2])
c.append(.h, on: [1])
c.append(.rz(0.4), on: [2], controls: [0])
c.unitary([[Complex(0), Complex(1)], [Complex(1), Complex(0)]], on: [0])
print(c.run().probabilities())
print(c.gateCount)
