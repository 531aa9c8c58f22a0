// Expectation values of Pauli strings and observables.
var c = Circuit(qubits: 2)
c.h(0); c.cnot(0, 1); c.rx(0.3, 1)
let psi = c.run()
print(psi.expectation(.z(0) * .z(1)))
print(psi.expectation(.x(0) * .x(1)))
print(psi.expectation(0.5 * .x(0) + .z(1) * .z(0)))
