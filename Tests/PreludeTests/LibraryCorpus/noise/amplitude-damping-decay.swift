// Repeated amplitude damping drains |1> toward |0>.
var rho = DensityMatrix(StateVector(basisState: 1, qubits: 1))
for step in 1...5 {
    rho.apply(.amplitudeDamping(0.3), on: 0)
    print(step, rho.probabilities().map { ($0 * 1e12).rounded() / 1e12 })
}
