// A tableau gate on a qubit it does not have.
var t = Tableau(qubits: 2)
t.h(1)
print(t.qubits)
t.cnot(0, 5) // traps here
