// Fidelity between rotated states falls as cos² of half the angle.
let zero = StateVector(qubits: 1)
for k in 0...4 {
    var c = Circuit(qubits: 1)
    c.ry(Double(k) * 0.5, 0)
    print(k, (c.run().fidelity(with: zero) * 1e12).rounded() / 1e12)
}
