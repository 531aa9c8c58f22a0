import QSim

/// The open transverse-field Ising chain H = −Σᵢ Zᵢ Zᵢ₊₁ − h Σᵢ Xᵢ on a few qubits, whose ground
/// states are the quantum data of the autoencoder tutorial. The Hamiltonian is real and
/// symmetric; its ground state comes from LAPACK's symmetric eigensolver (tests check the
/// residual ‖Hv − Ev‖ and a closed form).
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
