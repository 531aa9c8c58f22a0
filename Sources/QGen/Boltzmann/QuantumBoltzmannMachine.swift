import QSim

/// A fully visible quantum Boltzmann machine (Amin, Andriyash, Rolfe, Kulchytskyy & Melko 2018):
/// the transverse-field Ising Hamiltonian
///
///     H = −Γ Σₐ σˣₐ − Σₐ bₐ σᶻₐ − Σₐ<ᵦ wₐᵦ σᶻₐ σᶻᵦ,
///
/// the Gibbs state ρ = e^{−H}/Z, and the model distribution P(v) = ⟨v|ρ|v⟩ over the visible
/// bits (σᶻ reads +1 for bit 0 and −1 for bit 1; qubit 0 is the most significant bit). Γ = 0 is
/// the classical Boltzmann machine. ρ comes from a dense eigendecomposition of H (LAPACK), exact
/// for up to 10 units.
public struct QuantumBoltzmannMachine: Codable, Sendable, CustomStringConvertible {
    public let units: Int
    /// Γ ≥ 0, the same on every unit; fixed during training (the bound-based bQBM).
    public var transverseField: Double {
        get { field }
        set { orTrap { try setTransverseField(newValue) } }
    }
    /// bₐ, one per unit.
    public var biases: [Double] {
        get { b }
        set { orTrap { try setBiases(newValue) } }
    }
    /// wₐᵦ for a < b, in the order (0,1), (0,2), …, (0,n−1), (1,2), …: n(n−1)/2 of them.
    public var couplings: [Double] {
        get { w }
        set { orTrap { try setCouplings(newValue) } }
    }
    private var field: Double
    private var b: [Double]
    private var w: [Double]

    public mutating func setTransverseField(_ value: Double) throws(QGenError) {
        try require(value.isFinite && value >= 0, "the transverse field Γ must be ≥ 0, got \(value)")
        field = value
    }

    public mutating func setBiases(_ values: [Double]) throws(QGenError) {
        try require(values.count == units, "a machine of \(units) units has \(units) biases, got \(values.count)")
        try require(values.allSatisfy(\.isFinite), "biases must be finite")
        b = values
    }

    public mutating func setCouplings(_ values: [Double]) throws(QGenError) {
        let count = units * (units - 1) / 2
        try require(values.count == count, "a machine of \(units) units has \(count) couplings, got \(values.count)")
        try require(values.allSatisfy(\.isFinite), "couplings must be finite")
        w = values
    }

    public init(units: Int, transverseField: Double = 0, seed: Int = 0) {
        self = orTrap { try Self.checked(units: units, transverseField: transverseField, seed: seed) }
    }

    /// `init`, throwing instead of trapping. Biases and couplings start uniform in [−0.05, 0.05).
    public static func checked(units n: Int, transverseField: Double = 0, seed: Int = 0) throws(QGenError) -> QuantumBoltzmannMachine {
        try require(n >= 1 && n <= 10, "a Boltzmann machine here has 1...10 units (exact diagonalisation), got \(n)")
        try require(transverseField.isFinite && transverseField >= 0, "the transverse field Γ must be ≥ 0, got \(transverseField)")
        var random = SeededGenerator(seed: UInt64(truncatingIfNeeded: seed))
        let biases = (0..<n).map { _ in (random.nextDouble() - 0.5) * 0.1 }
        let couplings = (0..<(n * (n - 1) / 2)).map { _ in (random.nextDouble() - 0.5) * 0.1 }
        return QuantumBoltzmannMachine(units: n, transverseField: transverseField, biases: biases, couplings: couplings)
    }

    private init(units: Int, transverseField: Double, biases: [Double], couplings: [Double]) {
        self.units = units
        field = transverseField
        b = biases
        w = couplings
    }

    public var description: String {
        "QuantumBoltzmannMachine(units: \(units), Γ: \(transverseField), parameters: \(biases.count + couplings.count))"
    }

    /// The spin (+1 or −1) of unit a in basis state v.
    @inline(__always) func spin(_ v: Int, _ a: Int) -> Double { (v >> (units - 1 - a)) & 1 == 0 ? 1 : -1 }

    /// The diagonal of H: the classical energy of each basis state.
    func diagonalEnergies() -> [Double] {
        (0..<(1 << units)).map { v in
            var e = 0.0
            var k = 0
            for a in 0..<units {
                let sa = spin(v, a)
                e -= b[a] * sa
                for bb in (a + 1)..<units {
                    e -= w[k] * sa * spin(v, bb)
                    k += 1
                }
            }
            return e
        }
    }

    /// H as a dense row-major 2ⁿ × 2ⁿ matrix.
    public func hamiltonian() -> [Double] {
        let dim = 1 << units
        var h = [Double](repeating: 0, count: dim * dim)
        for (v, e) in diagonalEnergies().enumerated() { h[v * dim + v] = e }
        if field != 0 {
            for v in 0..<dim { for a in 0..<units { h[v * dim + (v ^ (1 << (units - 1 - a)))] -= field } }
        }
        return h
    }

    /// P(v) = ⟨v|e^{−H}|v⟩ / Tr e^{−H} for every v.
    public func probabilities() -> [Double] {
        let dim = 1 << units
        if field == 0 {
            let e = diagonalEnergies()
            let low = e.min()!
            let w = e.map { exp(-($0 - low)) }
            let z = w.reduce(0, +)
            return w.map { $0 / z }
        }
        let (values, vectors) = SymmetricEigen.decompose(hamiltonian(), n: dim)
        let low = values[0]
        let weights = values.map { exp(-($0 - low)) }
        let z = weights.reduce(0, +)
        return (0..<dim).map { v in
            var p = 0.0
            for k in 0..<dim { let x = vectors[v * dim + k]; p += x * x * weights[k] }
            return p / z
        }
    }

    public var distribution: Distribution { Distribution(bits: units, uncheckedProbabilities: probabilities()) }

    /// ⟨σᶻₐ⟩ and ⟨σᶻₐσᶻᵦ⟩ (a < b, in `couplings` order) under a distribution over basis states.
    func spinMoments(_ p: [Double]) -> (single: [Double], pairs: [Double]) {
        var single = [Double](repeating: 0, count: units)
        var pairs = [Double](repeating: 0, count: w.count)
        for (v, pv) in p.enumerated() where pv != 0 {
            var k = 0
            for a in 0..<units {
                let sa = spin(v, a)
                single[a] += pv * sa
                for other in (a + 1)..<units {
                    pairs[k] += pv * sa * spin(v, other)
                    k += 1
                }
            }
        }
        return (single, pairs)
    }

    /// The gradient of the bound on the negative log-likelihood (Amin et al.'s bQBM; for Γ = 0
    /// the exact gradient of the BM's NLL) with respect to (biases, couplings): the model's spin
    /// moments minus the data's.
    public func boundGradient(data: Distribution) -> [Double] { orTrap { try checkedBoundGradient(data: data) } }

    public func checkedBoundGradient(data: Distribution) throws(QGenError) -> [Double] {
        try require(data.bits == units, "the data have \(data.bits) bits; the machine has \(units) units")
        return boundGradient(model: probabilities(), data: data.probabilities)
    }

    /// The bound's gradient from the model's probabilities already computed.
    func boundGradient(model p: [Double], data q: [Double]) -> [Double] {
        let model = spinMoments(p), target = spinMoments(q)
        return zip(model.single, target.single).map { $0 - $1 } + zip(model.pairs, target.pairs).map { $0 - $1 }
    }

    /// The exact negative log-likelihood −Σᵥ q(v) log P(v) and its gradient with respect to
    /// (biases, couplings, Γ). ∂e^{−H} is Duhamel's integral ∫₀¹ e^{−sH} ∂H e^{−(1−s)H} ds, which in
    /// H's eigenbasis is the matrix of ∂H times Fₖₗ = (e^{−λₖ} − e^{−λₗ})/(λₗ − λₖ); with
    /// M = V (C ∘ F) Vᵀ, C = Vᵀ diag(q/E) V, each derivative is Σ (∂H ∘ M) − ⟨∂H⟩_ρ (two BLAS
    /// products per evaluation, whatever the number of parameters).
    public func exactGradient(data: Distribution) -> (value: Double, gradient: [Double]) {
        orTrap { try checkedExactGradient(data: data) }
    }

    public func checkedExactGradient(data: Distribution) throws(QGenError) -> (value: Double, gradient: [Double]) {
        try require(data.bits == units, "the data have \(data.bits) bits; the machine has \(units) units")
        let n = 1 << units
        let (lambda, v) = SymmetricEigen.decompose(hamiltonian(), n: n)
        let w = lambda.map { exp(-($0 - lambda[0])) }
        let z = w.reduce(0, +)
        var e = [Double](repeating: 0, count: n)
        for u in 0..<n { var sum = 0.0; for k in 0..<n { sum += v[u * n + k] * v[u * n + k] * w[k] }; e[u] = sum }
        let q = data.probabilities
        var nll = 0.0
        var scaled = v  // diag(q/E) · V
        for u in 0..<n {
            let c = q[u] > 0 ? q[u] / e[u] : 0
            if q[u] > 0 { nll -= q[u] * log(e[u] / z) }
            for k in 0..<n { scaled[u * n + k] *= c }
        }
        var g = DenseMatrix.multiply(v, scaled, n: n, transposeA: true)  // C = Vᵀ diag(c) V
        for k in 0..<n {
            for l in 0..<n {
                let delta = lambda[l] - lambda[k]
                let ratio = abs(delta) < 1e-12 ? 1 - delta / 2 : -expm1(-delta) / delta
                g[k * n + l] *= w[k] * ratio  // C ∘ F
            }
        }
        let m = DenseMatrix.multiply(DenseMatrix.multiply(v, g, n: n), v, n: n, transposeB: true)
        let p = e.map { $0 / z }

        var gradient: [Double] = []
        // Biases and couplings: ∂H is diagonal, −sₐ(u) or −sₐ(u)s_b(u).
        for a in 0..<units {
            var value = 0.0
            for u in 0..<n { value += -spin(u, a) * (m[u * n + u] - p[u]) }
            gradient.append(value)
        }
        for a in 0..<units {
            for other in (a + 1)..<units {
                var value = 0.0
                for u in 0..<n { value += -spin(u, a) * spin(u, other) * (m[u * n + u] - p[u]) }
                gradient.append(value)
            }
        }
        // Γ: ∂H = −Σₐ σˣₐ, off-diagonal. Σ (∂H ∘ M) and ⟨∂H⟩_ρ = Σₖ wₖ (Vᵀ ∂H V)ₖₖ / Z.
        var first = 0.0, expectation = 0.0
        for u in 0..<n {
            for a in 0..<units {
                let flipped = u ^ (1 << (units - 1 - a))
                first -= m[u * n + flipped]
                for k in 0..<n { expectation -= w[k] * v[u * n + k] * v[flipped * n + k] }
            }
        }
        gradient.append(first - expectation / z)
        return (nll, gradient)
    }

    /// Trains biases, couplings *and* Γ on the exact gradient of the negative log-likelihood
    /// (the QBM of Amin et al., feasible here because ρ is exact); the history holds
    /// KL(data ‖ model). Γ enters only through its magnitude (flipping its sign is a change of
    /// basis that leaves every P(v) alone), so the field is kept as |Γ|.
    @discardableResult
    public mutating func trainExact(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 200) -> BoltzmannHistory {
        orTrap { try checkedTrainExact(data: data, optimizer: optimizer, steps: steps) }
    }

    public mutating func checkedTrainExact(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 200) throws(QGenError) -> BoltzmannHistory {
        let entropy = data.probabilities.reduce(0.0) { $1 > 0 ? $0 - $1 * log($1) : $0 }
        return try fit(data: data, optimizer: optimizer, steps: steps, learnsField: true) { (m, sign) throws(QGenError) in
            var r = try m.checkedExactGradient(data: data)
            r.gradient[r.gradient.count - 1] *= sign
            return (r.value - entropy, r.gradient)  // NLL − H(data) = KL(data ‖ model)
        }
    }

    /// Trains biases and couplings on the bound's gradient (Γ stays fixed); the history holds
    /// KL(data ‖ model) at the start of each step and after the last.
    @discardableResult
    public mutating func train(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 200) -> BoltzmannHistory {
        orTrap { try checkedTrain(data: data, optimizer: optimizer, steps: steps) }
    }

    public mutating func checkedTrain(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 200) throws(QGenError) -> BoltzmannHistory {
        try fit(data: data, optimizer: optimizer, steps: steps, learnsField: false) { (m, _) throws(QGenError) in
            // One diagonalisation per evaluation: the KL and the gradient share it.
            let p = m.probabilities()
            return (Metrics.kl(data.probabilities, p, smoothing: 0), m.boundGradient(model: p, data: data.probabilities))
        }
    }

    /// The training loop both methods share: the parameters are (biases, couplings[, Γ]);
    /// `objective` gets the machine at a point and the sign of that point's Γ (the field is kept
    /// as |Γ|, so its derivative flips with the sign) and returns the KL and its gradient.
    private mutating func fit(data: Distribution, optimizer: any Optimizer, steps: Int, learnsField: Bool,
                              objective: (QuantumBoltzmannMachine, Double) throws(QGenError) -> (value: Double, gradient: [Double]))
        throws(QGenError) -> BoltzmannHistory {
        try require(data.bits == units, "the data have \(data.bits) bits; the machine has \(units) units")
        try require(steps >= 0 && steps <= 100_000, "steps must be in 0...100000, got \(steps)")
        var optimizer = optimizer
        var history = BoltzmannHistory()
        var x = b + w + (learnsField ? [field] : [])
        let start = self
        func machine(at point: [Double]) -> QuantumBoltzmannMachine {
            var m = start
            m.b = Array(point[0..<units])
            m.w = Array(point[units..<(units + start.w.count)])
            if learnsField { m.field = abs(point[point.count - 1]) }
            return m
        }
        for step in 0..<steps {
            try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
            let (next, value) = try optimizer.checkedIterate(x) { (point: [Double]) throws(QGenError) -> (value: Double, gradient: [Double]) in
                try objective(machine(at: point), learnsField && point[point.count - 1] < 0 ? -1 : 1)
            }
            if !value.isFinite || !next.allSatisfy(\.isFinite) { throw QGenError.diverged(step: step) }
            history.klDivergences.append(value)
            x = next
            if let report = Progress.report { report("step \(step + 1) of \(steps) · KL \(formatScientific(value))") }
        }
        self = machine(at: x)
        history.finalKLDivergence = Metrics.kl(data.probabilities, probabilities(), smoothing: 0)
        return history
    }
}

/// What training a Boltzmann machine recorded.
public struct BoltzmannHistory: Codable, Sendable, Hashable, CustomStringConvertible {
    /// KL(data ‖ model) at the start of each step.
    public var klDivergences: [Double] = []
    public var finalKLDivergence: Double = .nan
    public var steps: Int { klDivergences.count }
    public var description: String { "BoltzmannHistory(steps: \(steps), finalKLDivergence: \(finalKLDivergence))" }
}
