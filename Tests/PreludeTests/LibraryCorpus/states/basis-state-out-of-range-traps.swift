// A basis state the register cannot hold.
let ok = StateVector(basisState: 3, qubits: 2)
print(ok.probabilities())
let bad = StateVector(basisState: 4, qubits: 2) // traps here
print(bad.qubits)
