// The energy of a two-qubit Ising Hamiltonian over a range of rotations.
let H = -1.0 * PauliString.z(0) * .z(1) + 0.5 * PauliString.x(0) + 0.5 * PauliString.x(1)
for k in 0...4 {
    var c = Circuit(qubits: 2)
    c.ry(Double(k) * 0.4, 0); c.ry(Double(k) * 0.4, 1)
    print(k, (c.run().expectation(H) * 1e12).rounded() / 1e12)
}
