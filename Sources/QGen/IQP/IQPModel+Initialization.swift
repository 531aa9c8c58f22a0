import CLapacke
import Foundation

/// Parameters chosen from the data before training, the heuristic of Recio-Armengol, Ahmed &
/// Bowles for large models: a one-qubit gate on q gets arcsin √(mean of bit q) (what it would
/// take alone to reproduce that bit's frequency), a two-qubit gate on {i, j} an angle proportional
/// to the covariance of the ±1 spins i and j, times √(2n / Σ_{k≠l} cov²ₖₗ) (so a data set with
/// many weak correlations gets larger angles per correlation than one with few strong ones), and
/// every other gate starts at zero. The covariance matrix is formed by BLAS (n ≤ 5,000).
extension IQPModel {
    public mutating func initializeParameters(from data: [[Int]]) { orTrap { try checkedInitializeParameters(from: data) } }

    public mutating func checkedInitializeParameters(from data: [[Int]]) throws(QGenError) {
        try require(qubits <= 5000, "data initialisation forms the n × n covariance; offered up to 5000 qubits, got \(qubits)")
        let rows = try Self.validate(data, qubits: qubits)
        let m = Double(rows.count)
        var ones = [Double](repeating: 0, count: qubits)
        for x in rows { for q in 0..<qubits where x[q] { ones[q] += 1 } }
        let mean = ones.map { $0 / m }
        let spinMean = mean.map { 1 - 2 * $0 }
        // Σ_{i≠j} cov²ᵢⱼ from the covariance matrix XᵀX/(m − 1) of the centred spins (BLAS).
        let n = qubits
        var centred = [Double](repeating: 0, count: rows.count * n)
        for (r, x) in rows.enumerated() { for q in 0..<n { centred[r * n + q] = (x[q] ? -1.0 : 1.0) - spinMean[q] } }
        var c = [Double](repeating: 0, count: n * n)
        centred.withUnsafeBufferPointer { xp in c.withUnsafeMutableBufferPointer { cp in
            cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, Int32(n), Int32(n), Int32(rows.count),
                        1 / (m - 1), xp.baseAddress, Int32(n), xp.baseAddress, Int32(n), 0, cp.baseAddress, Int32(n))
        } }
        var sumSquares = 0.0
        for i in 0..<n { for j in 0..<n where i != j { sumSquares += c[i * n + j] * c[i * n + j] } }
        let scale = sumSquares > 0 ? (2 * Double(qubits) / sumSquares).squareRoot() : 0
        circuit.parameters = circuit.gates.map { g in
            if g.count == 1 { return asin(mean[g[0]].squareRoot()) }
            if g.count == 2 { return c[g[0] * n + g[1]] * scale }
            return 0
        }
    }
}
