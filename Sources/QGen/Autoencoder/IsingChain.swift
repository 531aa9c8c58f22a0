import QSim

/// The open transverse-field Ising chain H = −Σᵢ Zᵢ Zᵢ₊₁ − h Σᵢ Xᵢ on a few qubits, whose ground
/// states are the quantum data of the autoencoder tutorial. The Hamiltonian is real and
/// symmetric; its ground state comes from the cyclic Jacobi method, exact to rounding for
/// the 2ⁿ ≤ 256 dimensions used here (tests check the residual ‖Hv − Ev‖ and a closed form).
public enum IsingChain {
    /// The Hamiltonian as a dense 2ⁿ × 2ⁿ matrix, row-major (qubit 0 the most significant bit).
    public static func hamiltonian(qubits n: Int, field h: Double) -> [[Double]] {
        let dim = 1 << n
        var m = [[Double]](repeating: [Double](repeating: 0, count: dim), count: dim)
        for i in 0..<dim {
            for q in 0..<(n - 1) {
                let a = (i >> (n - 1 - q)) & 1, b = (i >> (n - 2 - q)) & 1
                m[i][i] -= a == b ? 1 : -1
            }
            for q in 0..<n { m[i][i ^ (1 << (n - 1 - q))] -= h }
        }
        return m
    }

    /// The ground state (sign fixed so its largest amplitude is positive) and its energy.
    public static func groundState(qubits n: Int, field h: Double) -> (state: StateVector, energy: Double) {
        orTrap { try checkedGroundState(qubits: n, field: h) }
    }

    public static func checkedGroundState(qubits n: Int, field h: Double) throws(QGenError) -> (state: StateVector, energy: Double) {
        try require(n >= 2 && n <= 8, "the chain has 2...8 spins here, got \(n)")
        try require(h.isFinite, "the field must be finite, got \(h)")
        let (values, vectors) = SymmetricEigen.decompose(hamiltonian(qubits: n, field: h))
        let lowest = values.indices.min { values[$0] < values[$1] }!
        var v = vectors.map { $0[lowest] }
        let largest = v.indices.max { abs(v[$0]) < abs(v[$1]) }!
        if v[largest] < 0 { v = v.map { -$0 } }
        let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return (StateVector(amplitudes: v.map { $0 / norm }), values[lowest])
    }
}

/// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method.
enum SymmetricEigen {
    /// Eigenvalues, and the eigenvectors as the columns of the returned matrix.
    static func decompose(_ matrix: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        var a = matrix
        let n = a.count
        var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<n { for q in (p + 1)..<n { off += a[p][q] * a[p][q] } }
            if off < 1e-30 { break }
            for p in 0..<n {
                for q in (p + 1)..<n where a[p][q] != 0 {
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k][p], akq = a[k][q]
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p][k], aqk = a[q][k]
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k][p], vkq = v[k][q]
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0][$0] }, v)
    }
}
