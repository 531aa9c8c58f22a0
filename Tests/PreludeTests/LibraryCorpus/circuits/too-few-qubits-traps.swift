// A register needs at least one qubit.
print("building")
let c = Circuit(qubits: 0) // traps here
print(c.qubits)
