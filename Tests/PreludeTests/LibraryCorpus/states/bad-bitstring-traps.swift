// A bit string of the wrong length.
let psi = StateVector(qubits: 3)
print(psi.amplitude("000"))
print(psi.amplitude("01")) // traps here
