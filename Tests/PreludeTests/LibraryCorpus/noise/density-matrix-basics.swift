// Density matrices from scratch and from a state.
let rho0 = DensityMatrix(qubits: 1)
var c = Circuit(qubits: 2)
c.h(0); c.cnot(0, 1)
let rho = DensityMatrix(c.run())
print(rho0.probabilities(), rho0.trace, rho0.purity, rho0.qubits)
print(rho.probabilities(), rho.purity, rho[0, 3], rho[1, 1])
print(rho.expectation(PauliString.z(0) * .z(1)), rho.expectation(Observable(PauliString.x(0) * .x(1))))
print(rho.fidelity(with: c.run()))
