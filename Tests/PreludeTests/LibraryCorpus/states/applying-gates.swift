// Gates applied to a state directly, with controls.
var psi = StateVector(qubits: 2)
psi.apply(.h, on: [0])
psi.apply(.x, on: [1], controls: [0])
psi.apply(.rz(0.5), on: [1])
print(psi.amplitudes)
