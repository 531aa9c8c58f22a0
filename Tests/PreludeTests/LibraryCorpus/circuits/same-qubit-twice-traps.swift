// A two-qubit gate on one qubit twice.
var c = Circuit(qubits: 3)
print(c.qubits)
c.swap(1, 1) // traps here
