import QSim

/// A hybrid quantum variational autoencoder: a classical encoder network gives the mean μ and
/// log standard deviation log σ of a Gaussian over a d-dimensional latent z; z = μ + σ·ε with
/// ε ~ N(0, I) (the reparameterisation trick); a quantum decoder angle-encodes z, RY(scale·zⱼ) on
/// qubit j for j < d (the other qubits start in |0⟩), then applies trainable layers, and its Born
/// distribution over the data bits is p(x | z). Encoding on d qubits only keeps the decoded states
/// in a 2ᵈ-dimensional subspace, which the trainable layers can turn towards the data's patterns,
/// so samples from the prior stay valid (an encoding on every qubit spans far more). The scale
/// matters for the same reason: where that subspace has more dimensions than the data has
/// patterns, prior samples reach the extra directions with weight about Πⱼ E[sin²(scale·zⱼ/2)],
/// which for two latent numbers is 0.125 at scale π/2 and 0.007 at the default 0.6. Training maximises the ELBO, E[log p(x | z)] − KL(q(z | x) ‖ N(0, I)), by Adam on
/// encoder and decoder together. The decoder's gradient with respect to both its parameters and
/// the latent comes from one adjoint sweep per data point: p(x | z) is the expectation of the
/// projector |x⟩⟨x| = ⊗(I ± Z)/2.
public struct QVAE: Codable, Sendable, CustomStringConvertible {
    public let qubits: Int
    public let latent: Int
    /// The encoding angle of latent value z is scale·z (see above for the default 0.6).
    public let scale: Double
    public private(set) var encoder: DenseNetwork
    /// The decoder: parameters 0..<latent are the encoding angles, the rest are trained.
    public private(set) var decoder: Circuit
    private var decoderWeights: [Double]

    public init(qubits: Int, latent: Int = 3, hidden: Int = 8, layers: Int = 5, scale: Double = 0.6, seed: Int = 0) {
        self = orTrap { try Self.checked(qubits: qubits, latent: latent, hidden: hidden, layers: layers, scale: scale, seed: seed) }
    }

    public static func checked(qubits n: Int, latent d: Int = 3, hidden: Int = 8, layers: Int = 5, scale: Double = 0.6,
                               seed: Int = 0) throws(QGenError) -> QVAE {
        try require(scale.isFinite && scale > 0, "scale must be positive, got \(scale)")
        try require(n >= 1 && n <= 12, "a QVAE decodes 1...12 bits here, got \(n)")
        try require(d >= 1 && d <= n, "latent must be in 1...\(n), got \(d)")
        try require(layers >= 1 && layers <= 50, "layers must be in 1...50, got \(layers)")
        let encoder = try DenseNetwork.checked(sizes: [n, hidden, 2 * d], hidden: .tanh, output: .identity, seed: seed)
        var c = try sim { () throws(QSimError) in try Circuit.checked(qubits: n) }
        func angle() throws(QGenError) -> Parameter {
            try sim { () throws(QSimError) in try c.checkedAddParameter("θ\(c.parameterCount)") }
        }
        for j in 0..<d { c.ry(try angle(), j) }
        for _ in 0..<layers {
            for q in 0..<n { c.ry(try angle(), q); c.rz(try angle(), q) }
            for q in 0..<(n - 1) { c.cnot(q, q + 1) }
        }
        var random = SeededGenerator(seed: UInt64(truncatingIfNeeded: seed) &+ 7)
        let weights = (0..<(c.parameterCount - d)).map { _ in (random.nextDouble() - 0.5) * 0.2 }
        return QVAE(qubits: n, latent: d, scale: scale, encoder: encoder, decoder: c, decoderWeights: weights)
    }

    private init(qubits: Int, latent: Int, scale: Double, encoder: DenseNetwork, decoder: Circuit, decoderWeights: [Double]) {
        self.qubits = qubits
        self.latent = latent
        self.scale = scale
        self.encoder = encoder
        self.decoder = decoder
        self.decoderWeights = decoderWeights
    }

    public var parameterCount: Int { encoder.parameterCount + decoderWeights.count }

    public var description: String {
        "QVAE(qubits: \(qubits), latent: \(latent), encoder parameters: \(encoder.parameterCount), decoder parameters: \(decoderWeights.count))"
    }

    // MARK: - The two halves

    /// μ and log σ of q(z | x) for outcome x (its bits, qubit 0 the most significant).
    public func encode(_ x: Int) -> (mean: [Double], logSigma: [Double]) { orTrap { try checkedEncode(x) } }

    public func checkedEncode(_ x: Int) throws(QGenError) -> (mean: [Double], logSigma: [Double]) {
        try require(x >= 0 && x < 1 << qubits, "outcome \(x) is not in 0..<\(1 << qubits)")
        let out = try encoder.checkedForward(bits(x))
        return (Array(out[0..<latent]), Array(out[latent...]))
    }

    /// p(· | z): the decoder's Born distribution for latent z.
    public func decode(_ z: [Double]) -> Distribution { orTrap { try checkedDecode(z) } }

    public func checkedDecode(_ z: [Double]) throws(QGenError) -> Distribution {
        try require(z.count == latent, "the latent has \(latent) numbers, got \(z.count)")
        try require(z.allSatisfy(\.isFinite), "the latent must be finite")
        let state = try sim { () throws(QSimError) in try decoder.checkedRun(parameters: angles(z) + decoderWeights) }
        return Distribution(bits: qubits, uncheckedProbabilities: state.probabilities())
    }

    /// The most likely outcome when x is encoded to its mean and decoded.
    public func reconstruct(_ x: Int) -> Int { orTrap { try checkedReconstruct(x) } }

    public func checkedReconstruct(_ x: Int) throws(QGenError) -> Int {
        let p = try checkedDecode(try checkedEncode(x).mean).probabilities
        return p.indices.max { p[$0] < p[$1] }!
    }

    /// Outcomes drawn by sampling z from the prior N(0, I), then x from p(x | z).
    public func sample(count: Int, seed: Int = 0) -> [Int] { orTrap { try checkedSample(count: count, seed: seed) } }

    public func checkedSample(count: Int, seed: Int = 0) throws(QGenError) -> [Int] {
        try require(count >= 0 && count <= 1_000_000, "count must be in 0...1000000, got \(count)")
        var random = SeededGenerator(seed: UInt64(truncatingIfNeeded: seed))
        var out: [Int] = []
        for _ in 0..<count {
            let z = (0..<latent).map { _ in gaussian(&random) }
            let p = try checkedDecode(z).probabilities
            var u = random.nextDouble(), pick = p.count - 1
            for (i, pi) in p.enumerated() { u -= pi; if u < 0 { pick = i; break } }
            out.append(pick)
        }
        return out
    }

    // MARK: - The ELBO and its gradient

    /// −ELBO for outcome x with noise ε, and its gradient: encoder parameters, then decoder weights.
    func loss(_ x: Int, noise: [Double], parameters: [Double], klWeight beta: Double = 1) throws(QGenError) -> (value: Double, gradient: [Double], reconstruction: Double, kl: Double) {
        var net = encoder
        try net.setParameters(Array(parameters[0..<encoder.parameterCount]))
        let weights = Array(parameters[encoder.parameterCount...])
        let out = try net.checkedForward(bits(x))
        let mu = Array(out[0..<latent]), logSigma = Array(out[latent...])
        let sigma = logSigma.map { exp(min($0, 20)) }
        let z = (0..<latent).map { mu[$0] + sigma[$0] * noise[$0] }

        // log p(x | z) and its gradient by one adjoint sweep on the projector onto x.
        let projector = Observable((0..<(1 << qubits)).map { mask -> PauliString in
            var factors: [Int: Pauli] = [:]
            var sign = 1.0
            for q in 0..<qubits where mask >> (qubits - 1 - q) & 1 == 1 {
                factors[q] = .z
                if x >> (qubits - 1 - q) & 1 == 1 { sign = -sign }
            }
            return PauliString(factors, coefficient: sign / Double(1 << qubits))
        })
        let (p, dp) = try sim { () throws(QSimError) in
            try decoder.checkedExpectationGradient(of: projector, parameters: angles(z) + weights)
        }
        let probability = max(p, 1e-12)
        let reconstruction = -log(probability)
        var dLossdz = [Double](repeating: 0, count: latent)
        for j in 0..<latent { dLossdz[j] = -scale * dp[j] / probability }
        let decoderGradient = dp[latent...].map { -$0 / probability }

        // KL(N(μ, σ²) ‖ N(0, 1)) = ½ Σ (μ² + σ² − 1 − 2 log σ).
        var kl = 0.0
        var outputGradient = [Double](repeating: 0, count: 2 * latent)
        for j in 0..<latent {
            kl += 0.5 * (mu[j] * mu[j] + sigma[j] * sigma[j] - 1 - 2 * logSigma[j])
            outputGradient[j] = dLossdz[j] + beta * mu[j]
            outputGradient[latent + j] = dLossdz[j] * sigma[j] * noise[j] + beta * (sigma[j] * sigma[j] - 1)
        }
        let encoderGradient = try net.checkedGradient(at: bits(x), outputGradient: outputGradient).parameters
        return (reconstruction + beta * kl, encoderGradient + decoderGradient, reconstruction, kl)
    }

    public var parameters: [Double] { encoder.parameters + decoderWeights }

    public mutating func setParameters(_ values: [Double]) throws(QGenError) {
        try require(values.count == parameterCount, "a QVAE here has \(parameterCount) parameters, got \(values.count)")
        try encoder.setParameters(Array(values[0..<encoder.parameterCount]))
        decoderWeights = Array(values[encoder.parameterCount...])
    }

    /// Trains on the outcomes of `data` (each weighted by its probability), one noise sample per
    /// outcome and step. The KL term's weight rises linearly from 0 to `klWeight` over the first
    /// `warmup` steps (KL annealing; a weight below 1 is the β-VAE, both against the decoder
    /// learning to ignore the latent); the history holds the loss minimised and the two parts of
    /// −ELBO per step.
    @discardableResult
    public mutating func train(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 300,
                               klWeight: Double = 1, warmup: Int = 0, seed: Int = 0) -> QVAEHistory {
        orTrap { try checkedTrain(data: data, optimizer: optimizer, steps: steps, klWeight: klWeight, warmup: warmup, seed: seed) }
    }

    public mutating func checkedTrain(data: Distribution, optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 300,
                                      klWeight: Double = 1, warmup: Int = 0, seed: Int = 0) throws(QGenError) -> QVAEHistory {
        try require(warmup >= 0, "warmup must not be negative, got \(warmup)")
        try require(klWeight.isFinite && klWeight >= 0, "klWeight must be a non-negative number, got \(klWeight)")
        try require(data.bits == qubits, "the data have \(data.bits) bits; the QVAE decodes \(qubits)")
        try require(steps >= 0 && steps <= 100_000, "steps must be in 0...100000, got \(steps)")
        let support = data.probabilities.indices.filter { data.probabilities[$0] > 0 }
        var optimizer = optimizer
        var random = SeededGenerator(seed: UInt64(truncatingIfNeeded: seed))
        var x = parameters
        var history = QVAEHistory()
        for step in 0..<steps {
            try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
            let noise = support.map { _ in (0..<latent).map { _ in gaussian(&random) } }
            var parts = (reconstruction: 0.0, kl: 0.0)
            let model = self
            let beta = klWeight * (warmup == 0 ? 1.0 : min(1.0, Double(step) / Double(warmup)))
            let objective = { (point: [Double]) throws(QGenError) -> (value: Double, gradient: [Double]) in
                var value = 0.0
                var gradient = [Double](repeating: 0, count: point.count)
                parts = (0, 0)
                for (k, outcome) in support.enumerated() {
                    let w = data.probabilities[outcome]
                    let r = try model.loss(outcome, noise: noise[k], parameters: point, klWeight: beta)
                    value += w * r.value
                    parts.reconstruction += w * r.reconstruction
                    parts.kl += w * r.kl
                    for i in gradient.indices { gradient[i] += w * r.gradient[i] }
                }
                if !value.isFinite || !gradient.allSatisfy(\.isFinite) { throw QGenError.diverged(step: step) }
                return (value, gradient)
            }
            let (next, value) = try optimizer.checkedIterate(x, objective: objective)
            history.losses.append(value)
            history.reconstructionLosses.append(parts.reconstruction)
            history.klDivergences.append(parts.kl)
            x = next
            if let report = Progress.report { report("step \(step + 1) of \(steps) · −ELBO \(formatScientific(value))") }
        }
        try setParameters(x)
        return history
    }

    // MARK: - Helpers

    private func bits(_ x: Int) -> [Double] {
        (0..<qubits).map { Double(x >> (qubits - 1 - $0) & 1) }
    }

    private func angles(_ z: [Double]) -> [Double] {
        z.map { scale * $0 }
    }
}

/// Standard normal draws by Box–Muller.
private func gaussian(_ random: inout SeededGenerator) -> Double {
    let u1 = max(random.nextDouble(), 1e-300), u2 = random.nextDouble()
    return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
}

/// What training a QVAE recorded, per step: −ELBO and its two parts (weighted by the data).
public struct QVAEHistory: Codable, Sendable, Hashable, CustomStringConvertible {
    public var losses: [Double] = []
    public var reconstructionLosses: [Double] = []
    public var klDivergences: [Double] = []
    public var steps: Int { losses.count }

    public var description: String {
        "QVAEHistory(steps: \(steps), final −ELBO: \(losses.last ?? .nan))"
    }
}
