import QSim

/// The shape of a Born machine's circuit. Every rotation angle is its own trainable parameter.
public enum Ansatz: Codable, Hashable, Sendable {
    /// The course's first model (after the seed tutorial's sketch): each layer puts RY then RZ on
    /// every qubit, then a CNOT ladder. 2·n·layers parameters.
    case layered(layers: Int)
    /// Liu & Wang (2018): rotation layers RZ·RX·RZ on every qubit with an entangler between
    /// them, `depth` entanglers in all; the first layer drops its leading RZ (it acts on |0⟩) and
    /// the last its trailing RZ (it commutes with the measurement): n·(3·depth + 1) parameters
    /// (279 for 9 qubits at depth 10).
    case liuWang(depth: Int, entangler: Entangler)
    /// PennyLane's StronglyEntanglingLayers: per layer, Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) on every
    /// qubit, then CNOT(i, i + r mod n) with range r = (layer mod (n − 1)) + 1. 3·n·layers parameters.
    case stronglyEntangling(layers: Int)
    /// Zoufal et al.'s generator: Hadamards (a uniform start), an RY layer, then `reps` times a
    /// circular CZ entangler and an RY layer. n·(reps + 1) parameters.
    case ryCZ(reps: Int)

    /// The parameterised circuit (parameter values all zero).
    public func circuit(qubits n: Int) -> Circuit {
        orTrap { try checkedCircuit(qubits: n) }
    }

    /// `circuit(qubits:)`, throwing instead of trapping. With `initialState` (real amplitudes,
    /// norm 1, at most 10 qubits), the circuit first prepares that state, by one fixed gate: the
    /// Householder reflection that takes |0…0⟩ to it. It then replaces the ansatz's own start
    /// (the Hadamards of `.ryCZ`, which prepare the uniform state); other ansätze start from it.
    public func checkedCircuit(qubits n: Int, initialState: [Double]? = nil) throws(QGenError) -> Circuit {
        try require(n >= 1 && n <= 24, "a Born machine has 1...24 qubits, got \(n)")
        var c = try sim { () throws(QSimError) in try Circuit.checked(qubits: n) }
        if let psi = initialState {
            try require(n <= 10, "a prepared initial state is one dense gate: at most 10 qubits, got \(n)")
            try require(psi.count == 1 << n, "the initial state of \(n) qubits has \(1 << n) amplitudes, got \(psi.count)")
            try require(psi.allSatisfy(\.isFinite), "the initial state's amplitudes must be finite")
            let norm = psi.reduce(0) { $0 + $1 * $1 }
            try require(abs(norm - 1) < 1e-8, "the initial state must have norm 1 (the squares sum to \(norm))")
            let gate = Self.householder(psi)
            try sim { () throws(QSimError) in try c.checkedUnitary(gate, on: Array(0..<n)) }
        }
        func angle() throws(QGenError) -> Parameter {
            try sim { () throws(QSimError) in try c.checkedAddParameter("θ\(c.parameterCount)") }
        }
        func ladder(_ pairs: [[Int]]) { for p in pairs { c.cnot(p[0], p[1]) } }
        switch self {
        case let .layered(layers):
            try require(layers >= 1 && layers <= 1000, "layers must be in 1...1000, got \(layers)")
            let pairs = try Entangler.ladder.checkedPairs(qubits: n)
            for _ in 0..<layers {
                for q in 0..<n { c.ry(try angle(), q); c.rz(try angle(), q) }
                ladder(pairs)
            }
        case let .liuWang(depth, entangler):
            try require(depth >= 1 && depth <= 1000, "depth must be in 1...1000, got \(depth)")
            let pairs = try entangler.checkedPairs(qubits: n)
            for layer in 0...depth {
                for q in 0..<n {
                    if layer > 0 { c.rz(try angle(), q) }
                    c.rx(try angle(), q)
                    if layer < depth { c.rz(try angle(), q) }
                }
                if layer < depth { ladder(pairs) }
            }
        case let .ryCZ(reps):
            try require(reps >= 0 && reps <= 1000, "reps must be in 0...1000, got \(reps)")
            if initialState == nil { for q in 0..<n { c.h(q) } }
            for q in 0..<n { c.ry(try angle(), q) }
            for _ in 0..<reps {
                if n == 2 { c.cz(0, 1) } else if n > 2 { for q in 0..<n { c.cz(q, (q + 1) % n) } }
                for q in 0..<n { c.ry(try angle(), q) }
            }
        case let .stronglyEntangling(layers):
            try require(layers >= 1 && layers <= 1000, "layers must be in 1...1000, got \(layers)")
            for layer in 0..<layers {
                for q in 0..<n {
                    let phi = try angle(), theta = try angle(), omega = try angle()
                    c.rz(phi, q); c.ry(theta, q); c.rz(omega, q)
                }
                if n > 1 {
                    let r = layer % (n - 1) + 1
                    for q in 0..<n { c.cnot(q, (q + r) % n) }
                }
            }
        }
        return c
    }

    /// I − 2vvᵀ/|v|² with v = e₀ − ψ: a real orthogonal matrix whose first column is ψ.
    static func householder(_ psi: [Double]) -> [[Complex]] {
        let dim = psi.count
        var v = psi.map { -$0 }
        v[0] += 1
        let vv = v.reduce(0) { $0 + $1 * $1 }
        return (0..<dim).map { i in
            (0..<dim).map { j in
                let identity: Double = i == j ? 1 : 0
                return Complex(vv < 1e-30 ? identity : identity - 2 * v[i] * v[j] / vv, 0)
            }
        }
    }
}
