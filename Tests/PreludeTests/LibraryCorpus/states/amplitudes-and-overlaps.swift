// Amplitudes by index and by bit string; inner products and fidelities.
var c = Circuit(qubits: 2)
c.h(0); c.cnot(0, 1); c.s(1)
let psi = c.run()
print(psi.amplitude(0), psi.amplitude("11"))
let phi = StateVector(basisState: 0, qubits: 2)
print(psi.innerProduct(phi), phi.innerProduct(psi))
print(psi.fidelity(with: phi), psi.fidelity(with: psi))
