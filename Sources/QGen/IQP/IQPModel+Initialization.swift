import CLapacke
import Foundation
import QSim

/// Parameters chosen from the data before training, iqpopt's `initialize_from_data` (Recio-Armengol,
/// Ahmed & Bowles): a one-qubit gate on q gets arcsin √(mean of bit q) (what it would take alone to
/// reproduce that bit's frequency), a two-qubit gate on {i, j} an angle proportional to the
/// covariance of the ±1 spins i and j, and every other gate zero (or a normal deviate of standard
/// deviation `noise`). The covariance matrix is formed by BLAS (n ≤ 5,000).
///
/// - `initializeParameters(from:)`: their default (`scale = -1`), two-qubit angles
///   cov_ij · √(2n / Σ_{k≠l} cov²ₖₗ), so a data set with many weak correlations gets larger angles
///   per correlation than one with few strong ones.
/// - `initializeParameters(from:scale:noise:seed:)`: their form with a given scale, two-qubit angles
///   cov_ij · scale · π / max_{k≠l} |cov_kl| (the largest correlation gets scale · π). Their 2D Ising
///   runs use scale 0.01 for the circuit and scale 10⁻⁴ with noise 10⁻⁴ for the bit-flip model.
extension IQPModel {
    public mutating func initializeParameters(from data: [[Int]]) { orTrap { try checkedInitializeParameters(from: data) } }

    public mutating func checkedInitializeParameters(from data: [[Int]]) throws(QGenError) {
        try initialize(from: data, scale: nil, noise: 0, seed: 0)
    }

    public mutating func initializeParameters(from data: [[Int]], scale: Double, noise: Double = 0, seed: Int = 0) {
        orTrap { try checkedInitializeParameters(from: data, scale: scale, noise: noise, seed: seed) }
    }

    public mutating func checkedInitializeParameters(from data: [[Int]], scale: Double, noise: Double = 0, seed: Int = 0) throws(QGenError) {
        try require(scale.isFinite && scale >= 0, "the scale must be finite and ≥ 0, got \(scale)")
        try require(noise.isFinite && noise >= 0, "the noise must be finite and ≥ 0, got \(noise)")
        try initialize(from: data, scale: scale, noise: noise, seed: seed)
    }

    private mutating func initialize(from data: [[Int]], scale: Double?, noise: Double, seed: Int) throws(QGenError) {
        try require(qubits <= 5000, "data initialisation forms the n × n covariance; offered up to 5000 qubits, got \(qubits)")
        let rows = try Self.validate(data, qubits: qubits)
        let m = Double(rows.count)
        var ones = [Double](repeating: 0, count: qubits)
        for x in rows { for q in 0..<qubits where x[q] { ones[q] += 1 } }
        let mean = ones.map { $0 / m }
        let spinMean = mean.map { 1 - 2 * $0 }
        // The covariance matrix XᵀX/(m − 1) of the centred spins (BLAS).
        let n = qubits
        var centred = [Double](repeating: 0, count: rows.count * n)
        for (r, x) in rows.enumerated() { for q in 0..<n { centred[r * n + q] = (x[q] ? -1.0 : 1.0) - spinMean[q] } }
        var c = [Double](repeating: 0, count: n * n)
        centred.withUnsafeBufferPointer { xp in c.withUnsafeMutableBufferPointer { cp in
            cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, Int32(n), Int32(n), Int32(rows.count),
                        1 / (m - 1), xp.baseAddress, Int32(n), xp.baseAddress, Int32(n), 0, cp.baseAddress, Int32(n))
        } }
        var sumSquares = 0.0, largest = 0.0
        for i in 0..<n { for j in 0..<n where i != j { sumSquares += c[i * n + j] * c[i * n + j]; largest = max(largest, abs(c[i * n + j])) } }
        let factor: Double
        if let scale { factor = largest > 0 ? scale * Double.pi / largest : 0 } else { factor = sumSquares > 0 ? (2 * Double(qubits) / sumSquares).squareRoot() : 0 }
        var rng = SeededGenerator(seed: seed)
        circuit.parameters = circuit.gates.map { g in
            if g.count == 1 { return asin(mean[g[0]].squareRoot()) }
            if g.count == 2 { return c[g[0] * n + g[1]] * factor }
            return noise > 0 ? noise * rng.nextGaussian() : 0
        }
    }
}
