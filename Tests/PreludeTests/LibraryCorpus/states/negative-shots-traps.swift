// A negative number of shots.
let psi = StateVector(qubits: 1)
print(psi.sample(shots: 0, seed: 1))
print(psi.sample(shots: -3, seed: 1)) // traps here
