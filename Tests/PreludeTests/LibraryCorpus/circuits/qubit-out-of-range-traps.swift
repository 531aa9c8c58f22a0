// A gate on a qubit the register does not have.
var c = Circuit(qubits: 2)
c.h(0)
print("before")
c.cnot(0, 2) // traps here
print("after")
