import QSim

/// An IQP generative model trained classically, as Recio-Armengol, Ahmed & Bowles (2025): the
/// MMD² with a Gaussian kernel on bit strings is a weighted sum over Pauli-Z operators,
///
///     MMD² = Σₐ p^{|a|} (1 − p)^{n−|a|} (⟨Z_a⟩_model − ⟨Z_a⟩_data)²,  p = (1 − e^{−1/(2σ²)})/2,
///
/// and every ⟨Z_a⟩ of an IQP circuit has a classical Monte Carlo estimator, so the loss and its
/// gradient need no state vector: training works at 1,000 qubits; sampling the trained model
/// is the quantum computer's job (or QSim's, for small n).
public struct IQPModel: Codable, Sendable {
    public var circuit: IQPCircuit
    /// σ of the Gaussian kernel on bit strings; with several, the loss is the mean over them.
    public let bandwidths: [Double]
    /// Whether this is the classical bit-flip model of the gates (see `bitFlipExpectationZ`)
    /// rather than the IQP circuit: the paper's baseline, trained the same way.
    public let bitFlip: Bool

    public init(qubits: Int, gates: [[Int]], bandwidth: Double, seed: Int = 0) {
        self = orTrap { try IQPModel.checked(qubits: qubits, gates: gates, bandwidth: bandwidth, seed: seed) }
    }

    /// `init(qubits:gates:bandwidth:seed:)`, throwing instead of trapping. Parameters start
    /// uniform in [−0.1, 0.1) from the seed.
    public static func checked(qubits: Int, gates: [[Int]], bandwidth: Double, seed: Int = 0) throws(QGenError) -> IQPModel {
        try checked(qubits: qubits, gates: gates, bandwidths: [bandwidth], seed: seed)
    }

    /// The paper's form: several bandwidths (the loss averages them), optional spin symmetry,
    /// the bit-flip model instead of the circuit, parameters uniform in [−initialScale, initialScale).
    public init(qubits: Int, gates: [[Int]], bandwidths: [Double], spinSymmetric: Bool = false, bitFlip: Bool = false,
                initialScale: Double = 0.1, seed: Int = 0) {
        self = orTrap {
            try IQPModel.checked(qubits: qubits, gates: gates, bandwidths: bandwidths, spinSymmetric: spinSymmetric,
                                 bitFlip: bitFlip, initialScale: initialScale, seed: seed)
        }
    }

    public static func checked(qubits: Int, gates: [[Int]], bandwidths: [Double], spinSymmetric: Bool = false, bitFlip: Bool = false,
                               initialScale: Double = 0.1, seed: Int = 0) throws(QGenError) -> IQPModel {
        try require(!bandwidths.isEmpty && bandwidths.count <= 100, "give 1...100 bandwidths, got \(bandwidths.count)")
        for sigma in bandwidths { try require(sigma.isFinite && sigma > 0, "the bandwidth must be positive and finite, got \(sigma)") }
        try require(initialScale.isFinite && initialScale >= 0, "the initial scale must be finite and ≥ 0, got \(initialScale)")
        var rng = SeededGenerator(seed: seed)
        let theta = gates.map { _ in (rng.nextDouble() * 2 - 1) * initialScale }
        let circuit = try IQPCircuit.checked(qubits: qubits, gates: gates, parameters: theta, spinSymmetric: spinSymmetric)
        return IQPModel(circuit: circuit, bandwidths: bandwidths, bitFlip: bitFlip)
    }

    private init(circuit: IQPCircuit, bandwidths: [Double], bitFlip: Bool) {
        self.circuit = circuit
        self.bandwidths = bandwidths
        self.bitFlip = bitFlip
    }

    public var qubits: Int { circuit.qubits }
    /// The first bandwidth (the only one for a model made with `bandwidth:`).
    public var bandwidth: Double { bandwidths[0] }

    /// The probability that an operator contains a given qubit: p = (1 − e^{−1/(2σ²)})/2.
    public var operatorDensity: Double { Self.operatorDensity(bandwidth: bandwidth) }

    public static func operatorDensity(bandwidth sigma: Double) -> Double { (1 - exp(-1 / (2 * sigma * sigma))) / 2 }

    /// The MMD² estimated from `operators` random Z operators per bandwidth (each qubit in with
    /// probability p_σ) and `samples` z's shared by every operator, in the unbiased form the paper
    /// uses (see `ZLossEstimator`), with its exact gradient over the parameters.
    public func lossGradient(data: [[Int]], operators: Int, samples: Int, seed: Int) -> (value: Double, gradient: [Double]) {
        orTrap { try checkedLossGradient(data: data, operators: operators, samples: samples, seed: seed) }
    }

    public func checkedLossGradient(data: [[Int]], operators: Int, samples: Int, seed: Int) throws(QGenError) -> (value: Double, gradient: [Double]) {
        let packed = try Self.pack(data, qubits: qubits)
        return try lossGradient(packed: packed, operators: operators, samples: samples, seed: seed, gradient: true)
    }

    func lossGradient(packed: PackedSamples, operators: Int, samples: Int, seed: Int, gradient: Bool) throws(QGenError) -> (value: Double, gradient: [Double]) {
        try require(operators >= 1 && operators <= 1_000_000, "operators must be in 1...1000000, got \(operators)")
        try require(samples >= 2 && samples <= 1_000_000, "samples must be in 2...1000000, got \(samples)")
        var rng = SeededGenerator(seed: seed)
        let (ops, weights) = ZLossEstimator.drawOperators(qubits: qubits, bandwidths: bandwidths, count: operators, rng: &rng)
        let targets = ops.map { packed.meanZ($0) }
        let r = ZLossEstimator(circuit: circuit, bitFlip: bitFlip)
            .evaluate(operators: ops, weights: weights, targets: targets, dataCount: packed.count, samples: samples, rng: &rng, gradient: gradient)
        return (r.value, r.gradient)
    }

    /// The exact MMD² through every Z operator (2ⁿ of them; n ≤ 20), from the exact ⟨Z_a⟩.
    public func exactMMD(data: Distribution) -> Double { orTrap { try checkedExactMMD(data: data) } }

    public func checkedExactMMD(data: Distribution) throws(QGenError) -> Double {
        if data.bits != qubits { throw .sizeMismatch(what: "data: bits", expected: qubits, got: data.bits) }
        try require(qubits <= 20, "the exact MMD through all Z operators is offered for up to 20 qubits")
        var d = data.probabilities
        Transforms.walshHadamard(&d)   // ⟨Z_s⟩_data
        let model = try exactExpectations()
        var total = 0.0
        for sigma in bandwidths {
            let density = Self.operatorDensity(bandwidth: sigma)
            for s in d.indices {
                let w = s.nonzeroBitCount
                let diff = model[s] - d[s]
                total += pow(density, Double(w)) * pow(1 - density, Double(qubits - w)) * diff * diff
            }
        }
        return total / Double(bandwidths.count)
    }

    /// ⟨Z_s⟩ of the model for every operator s (bit q of s, from the most significant, is qubit q):
    /// a Walsh–Hadamard transform of the circuit's probabilities, or the bit-flip closed form
    /// Πⱼ cos(2θⱼ)^{[gⱼ·s odd]} for all s at once: with Λ the transform of log|cos 2θⱼ| placed at the
    /// gates' masks, Σ_{gⱼ·s odd} log|cos 2θⱼ| = (Λ(0) − Λ(s))/2, and the same for the counts of
    /// negative and of zero factors (`IQP.md`).
    func exactExpectations() throws(QGenError) -> [Double] {
        try require(qubits <= 20, "exact expectations of every Z operator are offered for up to 20 qubits")
        if bitFlip {
            let size = 1 << qubits
            var logs = [Double](repeating: 0, count: size), negatives = logs, zeros = logs
            for (g, theta) in zip(circuit.gates, circuit.parameters) {
                let mask = g.reduce(0) { $0 | 1 << (qubits - 1 - $1) }
                let c = cos(2 * theta)
                if c == 0 { zeros[mask] += 1 } else { logs[mask] += log(abs(c)) }
                if c < 0 { negatives[mask] += 1 }
            }
            let logTotal = logs.reduce(0, +), negativeTotal = negatives.reduce(0, +), zeroTotal = zeros.reduce(0, +)
            Transforms.walshHadamard(&logs)
            Transforms.walshHadamard(&negatives)
            Transforms.walshHadamard(&zeros)
            return (0..<size).map { s in
                if circuit.spinSymmetric && s.nonzeroBitCount % 2 == 1 { return 0 }
                if ((zeroTotal - zeros[s]) / 2).rounded() > 0 { return 0 }
                let odd = Int(((negativeTotal - negatives[s]) / 2).rounded())
                return (odd % 2 == 0 ? 1.0 : -1.0) * exp((logTotal - logs[s]) / 2)
            }
        }
        var p = try circuit.checkedProbabilities()
        Transforms.walshHadamard(&p)
        return p
    }

    /// Samples of the trained model (rows of 0s and 1s): the bit-flip model draws them gate by
    /// gate at any size; the circuit through its state vector (up to 26 qubits), as a quantum
    /// computer would.
    public func sample(count: Int, seed: Int) -> [[Int]] { orTrap { try checkedSample(count: count, seed: seed) } }

    public func checkedSample(count: Int, seed: Int) throws(QGenError) -> [[Int]] {
        if bitFlip { return try circuit.checkedBitFlipSamples(count: count, seed: seed) }
        try require(count >= 0 && count <= 10_000_000, "count must be in 0...10000000, got \(count)")
        let c = try circuit.checkedCircuit()
        let state = try sim { () throws(QSimError) in try c.checkedRun() }
        let shots = try sim { () throws(QSimError) in try state.checkedSample(shots: count, seed: seed) }
        return shots.map { x in (0..<qubits).map { (x >> (qubits - 1 - $0)) & 1 } }
    }

    /// Trains with `optimizer` for `steps`, each step a fresh estimate (seed + step). With a
    /// `convergenceInterval` k > 0 training stops early, as the paper's runs did, once 2k steps
    /// are done and the mean loss of the last k steps is above that of the k before, or below it
    /// by no more than half the last k's standard deviation over √k.
    @discardableResult
    public mutating func train(data: [[Int]], optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 100,
                               operators: Int = 1000, samples: Int = 1000, seed: Int = 0, convergenceInterval: Int = 0) -> [Double] {
        orTrap {
            try checkedTrain(data: data, optimizer: optimizer, steps: steps, operators: operators, samples: samples, seed: seed,
                             convergenceInterval: convergenceInterval)
        }
    }

    @discardableResult
    public mutating func checkedTrain(data: [[Int]], optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 100,
                                      operators: Int = 1000, samples: Int = 1000, seed: Int = 0, convergenceInterval: Int = 0) throws -> [Double] {
        try require(steps >= 0 && steps <= 1_000_000, "steps must be in 0...1000000, got \(steps)")
        try require(convergenceInterval >= 0, "the convergence interval must be ≥ 0 (0: never stop early), got \(convergenceInterval)")
        let packed = try Self.pack(data, qubits: qubits)
        var opt = optimizer
        var losses: [Double] = []
        for step in 0..<steps {
            try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
            let model = self
            let (next, value) = try opt.iterate(circuit.parameters) { theta in
                var probe = model
                probe.circuit.parameters = theta
                let r = try probe.lossGradient(packed: packed, operators: operators, samples: samples, seed: seed &+ step, gradient: true)
                return (r.value, r.gradient)
            }
            circuit.parameters = next
            losses.append(value)
            if let report = Progress.report { report("step \(step + 1) of \(steps) · MMD² \(formatScientific(value))") }
            if convergenceInterval > 0 && losses.count > 2 * convergenceInterval && Self.converged(losses, interval: convergenceInterval) { break }
        }
        return losses
    }

    static func converged(_ losses: [Double], interval k: Int) -> Bool {
        let last = losses.suffix(k), before = losses.dropLast(k).suffix(k)
        let mean1 = last.reduce(0, +) / Double(k), mean2 = before.reduce(0, +) / Double(k)
        let sd1 = (last.reduce(0) { $0 + ($1 - mean1) * ($1 - mean1) } / Double(k)).squareRoot()
        return abs(mean2 - mean1) <= sd1 / Double(k).squareRoot() / 2 || mean1 > mean2
    }

    static func pack(_ data: [[Int]], qubits n: Int) throws(QGenError) -> PackedSamples {
        PackedSamples(rows: try validate(data, qubits: n), qubits: n)
    }

    static func validate(_ data: [[Int]], qubits n: Int) throws(QGenError) -> [[Bool]] {
        try require(data.count >= 2, "the data must hold at least two bit strings (the estimate pairs distinct rows)")
        var out: [[Bool]] = []
        out.reserveCapacity(data.count)
        for (i, x) in data.enumerated() {
            if x.count != n { throw .sizeMismatch(what: "bit string \(i): length", expected: n, got: x.count) }
            try require(x.allSatisfy { $0 == 0 || $0 == 1 }, "bit string \(i) holds something other than 0 and 1")
            out.append(x.map { $0 == 1 })
        }
        return out
    }
}
