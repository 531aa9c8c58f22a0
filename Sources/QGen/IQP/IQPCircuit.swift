import QSim

/// An IQP circuit in the convention of Recio-Armengol, Ahmed & Bowles (2025) and XanaduAI's
/// iqpopt: gates exp(iθⱼ X_{gⱼ}) on qubit subsets gⱼ, applied to |0…0⟩ and measured in the
/// computational basis. The gates commute; the circuit equals H^⊗n · Πⱼ exp(iθⱼ Z_{gⱼ}) · H^⊗n.
///
/// - `probabilities()` runs that circuit through QSim (exact; n up to about 24).
/// - `expectationZ(a)` is ⟨Z_a⟩ = Σₓ p(x)(−1)^{x·a}, exactly.
/// - `expectationZ(a, samples:seed:)` is the classical Monte Carlo estimator that needs no state:
///   ⟨Z_a⟩ = E_{z∼U{0,1}ⁿ} cos(Σⱼ 2θⱼ·[|gⱼ ∩ a| odd]·(−1)^{gⱼ·z}), unbiased, at any n.
///
/// `spinSymmetric` starts from (|0…0⟩ + |1…1⟩)/√2 instead of |0…0⟩ (the paper's and iqpopt's
/// `spin_sym`). The gates commute with X^⊗n and that state is X^⊗n-invariant, so the output
/// distribution is invariant under flipping every bit: ⟨Z_a⟩ = 0 for odd |a|, and for even |a|
/// the estimator averages the same cosine over z of even weight only (see `IQP.md`).
public struct IQPCircuit: Codable, Hashable, Sendable {
    public let qubits: Int
    /// The qubit subset of each gate.
    public let gates: [[Int]]
    public var parameters: [Double]
    /// Whether the circuit starts from (|0…0⟩ + |1…1⟩)/√2.
    public let spinSymmetric: Bool

    public init(qubits: Int, gates: [[Int]], parameters: [Double], spinSymmetric: Bool = false) {
        self = orTrap { try IQPCircuit.checked(qubits: qubits, gates: gates, parameters: parameters, spinSymmetric: spinSymmetric) }
    }

    /// `init(qubits:gates:parameters:spinSymmetric:)`, throwing instead of trapping.
    public static func checked(qubits n: Int, gates: [[Int]], parameters: [Double], spinSymmetric: Bool = false) throws(QGenError) -> IQPCircuit {
        try require(n >= 1 && n <= 100_000, "an IQP circuit has 1...100000 qubits, got \(n)")
        if parameters.count != gates.count { throw .sizeMismatch(what: "IQP parameters (one per gate)", expected: gates.count, got: parameters.count) }
        for g in gates {
            try require(!g.isEmpty, "an IQP gate acts on at least one qubit")
            try require(g.allSatisfy { $0 >= 0 && $0 < n }, "gate \(g) is out of range for \(n) qubits (0...\(n - 1))")
            try require(Set(g).count == g.count, "gate \(g) names a qubit twice")
        }
        try require(parameters.allSatisfy(\.isFinite), "IQP parameters must be finite")
        return IQPCircuit(unchecked: n, gates.map { $0.sorted() }, parameters, spinSymmetric)
    }

    private init(unchecked n: Int, _ gates: [[Int]], _ parameters: [Double], _ spinSymmetric: Bool) {
        qubits = n
        self.gates = gates
        self.parameters = parameters
        self.spinSymmetric = spinSymmetric
    }

    /// The equivalent QSim circuit: H on every qubit, each exp(iθ Z_g) as a CNOT ladder around
    /// RZ(−2θ) on the last qubit of g, H on every qubit; a spin-symmetric circuit first prepares
    /// (|0…0⟩ + |1…1⟩)/√2 (H on qubit 0, CNOTs from it).
    public var circuit: Circuit {
        orTrap { try checkedCircuit() }
    }

    public func checkedCircuit() throws(QGenError) -> Circuit {
        var c = try sim { () throws(QSimError) in try Circuit.checked(qubits: qubits) }
        if spinSymmetric {
            c.h(0)
            for q in 1..<qubits { c.cnot(0, q) }
        }
        for q in 0..<qubits { c.h(q) }
        for (g, theta) in zip(gates, parameters) {
            for i in 0..<(g.count - 1) { c.cnot(g[i], g[i + 1]) }
            c.rz(-2 * theta, g[g.count - 1])
            for i in stride(from: g.count - 2, through: 0, by: -1) { c.cnot(g[i], g[i + 1]) }
        }
        for q in 0..<qubits { c.h(q) }
        return c
    }

    /// Exact output probabilities (qubit 0 the most significant bit of an index).
    public func probabilities() -> [Double] { orTrap { try checkedProbabilities() } }

    public func checkedProbabilities() throws(QGenError) -> [Double] {
        try require(qubits <= 26, "exact probabilities are offered for up to 26 qubits, got \(qubits)")
        let c = try checkedCircuit()
        return try sim { () throws(QSimError) in try c.checkedRun().probabilities() }
    }

    /// ⟨Z_a⟩ exactly, for the qubits `a` (through the probabilities).
    public func expectationZ(_ a: [Int]) -> Double { orTrap { try checkedExpectationZ(a) } }

    public func checkedExpectationZ(_ a: [Int]) throws(QGenError) -> Double {
        let mask = try self.mask(a)
        let p = try checkedProbabilities()
        var s = 0.0
        for (x, px) in p.enumerated() { s += (x & mask).nonzeroBitCount % 2 == 0 ? px : -px }
        return s
    }

    /// The Monte Carlo estimate of ⟨Z_a⟩ from `samples` uniform bit strings z (seeded).
    public func expectationZ(_ a: [Int], samples: Int, seed: Int) -> Double {
        orTrap { try checkedEstimateZ(a, samples: samples, seed: seed).value }
    }

    /// The estimate and its standard error (the samples' standard deviation / √samples).
    public func estimateZ(_ a: [Int], samples: Int, seed: Int) -> (value: Double, standardError: Double) {
        orTrap { try checkedEstimateZ(a, samples: samples, seed: seed) }
    }

    /// `estimateZ(_:samples:seed:)`, throwing instead of trapping.
    public func checkedEstimateZ(_ a: [Int], samples: Int, seed: Int) throws(QGenError) -> (value: Double, standardError: Double) {
        try require(samples >= 2 && samples <= 100_000_000, "samples must be in 2...100000000, got \(samples)")
        let aSet = Set(a)
        try require(aSet.count == a.count && a.allSatisfy { $0 >= 0 && $0 < qubits }, "\(a) is not a set of qubits of \(qubits)")
        // A spin-symmetric circuit's odd operators vanish exactly.
        if spinSymmetric && a.count % 2 == 1 { return (0, 0) }
        // Only gates overlapping a in an odd number of qubits contribute.
        let active = zip(gates, parameters).filter { g, _ in g.filter(aSet.contains).count % 2 == 1 }
        if active.isEmpty { return (1, 0) }
        var rng = SeededGenerator(seed: seed)
        let zs = PackedSamples(count: samples, qubits: qubits, rng: &rng, evenParity: spinSymmetric)
        var sum = 0.0, sumSquares = 0.0
        for phase in zs.phases(active.map { (zs.parity($0.0), $0.1) }) {
            let c = cos(phase)
            sum += c
            sumSquares += c * c
        }
        let n = Double(samples)
        let mean = sum / n
        let variance = max(0, (sumSquares - n * mean * mean) / (n - 1))
        return (mean, (variance / n).squareRoot())
    }

    /// Whether every gate acts on one qubit: the bit-flip (product) model, each qubit an
    /// independent bit that is 1 with probability sin²(Σ θ of its gates).
    public var isProduct: Bool { gates.allSatisfy { $0.count == 1 } }

    /// ⟨Z_a⟩ of a product model in closed form, Π_{q ∈ a} cos(2θ_q) with θ_q the sum of the
    /// angles of q's gates (Πⱼ cos(2θⱼ[qⱼ ∈ a]) when each qubit has one gate), at any size.
    public func productExpectationZ(_ a: [Int]) -> Double { orTrap { try checkedProductExpectationZ(a) } }

    public func checkedProductExpectationZ(_ a: [Int]) throws(QGenError) -> Double {
        try require(isProduct, "the closed form is for circuits of one-qubit gates (the bit-flip model); this one has the gate \(gates.first { $0.count != 1 } ?? [])")
        try require(!spinSymmetric, "a spin-symmetric circuit is not a product state; bitFlipExpectationZ is the classical model's closed form")
        let aSet = Set(a)
        try require(aSet.count == a.count && a.allSatisfy { $0 >= 0 && $0 < qubits }, "\(a) is not a set of qubits of \(qubits)")
        var angle = [Double](repeating: 0, count: qubits)
        for (g, theta) in zip(gates, parameters) { angle[g[0]] += theta }
        var product = 1.0
        for q in a { product *= cos(2 * angle[q]) }
        return product
    }

    /// Samples of a product model, drawn bit by bit (qubit q is 1 with probability
    /// sin²(Σ θ of its gates)): any number of qubits, no state.
    public func productSamples(count: Int, seed: Int) -> [[Int]] { orTrap { try checkedProductSamples(count: count, seed: seed) } }

    public func checkedProductSamples(count: Int, seed: Int) throws(QGenError) -> [[Int]] {
        try require(isProduct, "bit-by-bit sampling is for circuits of one-qubit gates (the bit-flip model)")
        try require(!spinSymmetric, "a spin-symmetric circuit is not a product state; bitFlipSamples samples the classical model")
        try require(count >= 0 && count.multipliedReportingOverflow(by: qubits).partialValue <= 100_000_000,
                    "count × qubits must be at most 100000000, got \(count) × \(qubits)")
        var angle = [Double](repeating: 0, count: qubits)
        for (g, theta) in zip(gates, parameters) { angle[g[0]] += theta }
        let one = angle.map { sin($0) * sin($0) }
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in one.map { rng.nextDouble() < $0 ? 1 : 0 } }
    }

    private func mask(_ a: [Int]) throws(QGenError) -> Int {
        try require(qubits <= 62, "exact ⟨Z_a⟩ is offered for up to 26 qubits")
        var m = 0
        for q in a {
            try require(q >= 0 && q < qubits, "qubit \(q) is out of range for \(qubits) qubits (0...\(qubits - 1))")
            m |= 1 << (qubits - 1 - q)
        }
        return m
    }
}

extension IQPCircuit: CustomStringConvertible {
    public var description: String {
        "IQPCircuit(qubits: \(qubits), gates: \(gates.count)\(spinSymmetric ? ", spinSymmetric: true" : ""))"
    }
}
