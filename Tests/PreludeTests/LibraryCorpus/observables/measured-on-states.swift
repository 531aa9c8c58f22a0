// An observable on a GHZ state.
var c = Circuit(qubits: 3)
c.h(0); c.cnot(0, 1); c.cnot(1, 2)
let psi = c.run()
let parity = Observable([PauliString.z(0) * .z(1), PauliString.z(1) * .z(2)])
print(psi.expectation(parity), psi.expectation(PauliString.x(0) * .x(1) * .x(2)))
