// An observable on a qubit the state does not have.
let psi = StateVector(qubits: 2)
print(psi.expectation(.z(1)))
print(psi.expectation(.z(2))) // traps here
