// The text diagram of a small circuit.
var c = Circuit(qubits: 3)
c.h(0); c.cnot(0, 1); c.rz(0.5, 2); c.ccx(0, 1, 2); c.swap(0, 2)
print(c.diagram())
