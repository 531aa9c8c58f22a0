// A matrix that is not unitary.
var c = Circuit(qubits: 1)
c.unitary([[Complex(1), Complex(1)], [Complex(0), Complex(1)]], on: [0]) // traps here
