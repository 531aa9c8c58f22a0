// How circuits, states and gates print.
var c = Circuit(qubits: 2)
c.h(0); c.cnot(0, 1)
print(c)
print(c.run())
print(Gate.h, Gate.rz(0.5))
