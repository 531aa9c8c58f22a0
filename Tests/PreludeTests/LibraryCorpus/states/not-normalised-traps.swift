// Amplitudes whose squared norm is not 1.
print("start")
let psi = StateVector(amplitudes: [1.0, 1.0]) // traps here
print(psi.qubits)
