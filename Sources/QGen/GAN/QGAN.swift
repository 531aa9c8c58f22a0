import QSim

/// A quantum GAN (Zoufal, Lucchi & Woerner 2019): a Born-machine generator against a classical
/// discriminator that reads an outcome (its integer value, as in the paper, or its bits).
///
/// Training uses the losses' exact expectations over the 2ⁿ outcomes (a simulator knows the
/// generated distribution p; the data q is the empirical distribution of the samples):
/// - discriminator: L_D = Σₓ qₓ·BCE(D(x), 1) + Σₓ pₓ·BCE(D(x), 0), by backpropagation;
/// - generator: Zoufal et al.'s L_G = −Σₓ pₓ log D(x), whose gradient dL_G/dpₓ = −log D(x)
///   goes through one adjoint sweep.
/// Each epoch takes `discriminatorSteps` discriminator steps, then `generatorSteps` generator steps.
public struct QGAN: Codable, Sendable {
    /// How the discriminator sees an outcome.
    public enum Encoding: String, Codable, Hashable, Sendable {
        /// The outcome's integer value, one input (the paper's 1-D data).
        case integer
        /// Its n bits as 0/1, n inputs.
        case bits
    }

    public var generator: BornMachine
    public var discriminator: DenseNetwork
    public let data: Distribution
    public let encoding: Encoding

    public init(generator: BornMachine, discriminator: DenseNetwork, data: Distribution, encoding: Encoding = .integer) {
        self = orTrap { try QGAN.checked(generator: generator, discriminator: discriminator, data: data, encoding: encoding) }
    }

    public static func checked(generator: BornMachine, discriminator: DenseNetwork, data: Distribution,
                               encoding: Encoding = .integer) throws(QGenError) -> QGAN {
        if data.bits != generator.qubits { throw .sizeMismatch(what: "data: bits", expected: generator.qubits, got: data.bits) }
        let inputs = encoding == .integer ? 1 : data.bits
        if discriminator.inputCount != inputs {
            throw .sizeMismatch(what: "discriminator inputs for the \(encoding.rawValue) encoding", expected: inputs, got: discriminator.inputCount)
        }
        try require(discriminator.outputCount == 1, "the discriminator must have one output, got \(discriminator.outputCount)")
        return QGAN(unchecked: generator, discriminator, data, encoding)
    }

    private init(unchecked generator: BornMachine, _ discriminator: DenseNetwork, _ data: Distribution, _ encoding: Encoding) {
        self.generator = generator
        self.discriminator = discriminator
        self.data = data
        self.encoding = encoding
    }

    /// The discriminator's input for outcome x.
    public func input(_ x: Int) -> [Double] {
        switch encoding {
        case .integer: return [Double(x)]
        case .bits: return (0..<data.bits).map { Double((x >> (data.bits - 1 - $0)) & 1) }
        }
    }

    /// D(x) for every outcome: the discriminator's probability that x is real.
    public func discriminatorOutputs() -> [Double] {
        (0..<data.count).map { discriminator(input($0))[0] }
    }

    /// L_D and its gradient over the discriminator's parameters, for generated probabilities p.
    func discriminatorLoss(generated p: [Double]) -> (value: Double, gradient: [Double]) {
        var value = 0.0
        var gradient = [Double](repeating: 0, count: discriminator.parameterCount)
        for x in 0..<data.count {
            let weightReal = data.probabilities[x], weightFake = p[x]
            if weightReal == 0 && weightFake == 0 { continue }
            let d = discriminator(input(x))[0]
            let real = binaryCrossEntropy(d, label: 1), fake = binaryCrossEntropy(d, label: 0)
            value += weightReal * real.value + weightFake * fake.value
            let dLdD = weightReal * real.derivative + weightFake * fake.derivative
            let g = discriminator.gradient(at: input(x), outputGradient: [dLdD]).parameters
            for i in gradient.indices { gradient[i] += g[i] }
        }
        return (value, gradient)
    }

    /// Trains for `epochs` and returns what each epoch measured (after it).
    @discardableResult
    public mutating func train(epochs: Int, generatorOptimizer: any Optimizer = Adam(learningRate: 0.05),
                               discriminatorOptimizer: any Optimizer = Adam(learningRate: 0.01),
                               discriminatorSteps: Int = 1, generatorSteps: Int = 1,
                               onEpoch: ((Int, Double, Double) throws -> Void)? = nil) -> QGANHistory {
        orTrap { try checkedTrain(epochs: epochs, generatorOptimizer: generatorOptimizer, discriminatorOptimizer: discriminatorOptimizer,
                                  discriminatorSteps: discriminatorSteps, generatorSteps: generatorSteps, onEpoch: onEpoch) }
    }

    /// `train(...)`, throwing instead of trapping; a callback's error or a time limit stops it.
    @discardableResult
    public mutating func checkedTrain(epochs: Int, generatorOptimizer: any Optimizer = Adam(learningRate: 0.05),
                                      discriminatorOptimizer: any Optimizer = Adam(learningRate: 0.01),
                                      discriminatorSteps: Int = 1, generatorSteps: Int = 1,
                                      onEpoch: ((Int, Double, Double) throws -> Void)? = nil) throws -> QGANHistory {
        try require(epochs >= 0 && epochs <= 1_000_000, "epochs must be in 0...1000000, got \(epochs)")
        try require(discriminatorSteps >= 0 && generatorSteps >= 0 && discriminatorSteps + generatorSteps > 0,
                    "the step counts must be non-negative and not both zero")
        var gOpt = generatorOptimizer, dOpt = discriminatorOptimizer
        var history = QGANHistory()
        for epoch in 0..<epochs {
            try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
            var dLoss = 0.0
            for _ in 0..<discriminatorSteps {
                let p = try generator.checkedProbabilities()
                let (next, value) = try dOpt.iterate(discriminator.parameters) { w in
                    var probe = discriminator
                    try probe.setParameters(w)
                    let gan = QGAN(unchecked: generator, probe, data, encoding)
                    return gan.discriminatorLoss(generated: p)
                }
                try discriminator.setParameters(next)
                dLoss = value
            }
            var gLoss = 0.0
            for _ in 0..<generatorSteps {
                let logD = discriminatorOutputs().map { -log(max($0, 1e-12)) }
                let (next, value) = try gOpt.iterate(generator.parameters) { theta in
                    try generator.circuit.checkedLossGradient(parameters: theta) { p in
                        (zip(p, logD).reduce(0) { $0 + $1.0 * $1.1 }, logD)
                    }
                }
                try generator.setParameters(next)
                gLoss = value
            }
            let model = try generator.checkedDistribution()
            history.generatorLosses.append(gLoss)
            history.discriminatorLosses.append(dLoss)
            history.relativeEntropies.append(Metrics.kl(model.probabilities, data.probabilities, smoothing: 0))
            history.kolmogorovSmirnov.append(try checkedKolmogorovSmirnov(model, data))
            if let report = Progress.report { report("epoch \(epoch + 1) of \(epochs) · KL \(formatScientific(history.relativeEntropies.last!))") }
            try onEpoch?(epoch, gLoss, dLoss)
        }
        return history
    }
}

/// Per epoch: both losses, the relative entropy KL(generated ‖ data) (the direction Qiskit
/// reports) and the Kolmogorov–Smirnov statistic.
public struct QGANHistory: Codable, Hashable, Sendable {
    public internal(set) var generatorLosses: [Double] = []
    public internal(set) var discriminatorLosses: [Double] = []
    public internal(set) var relativeEntropies: [Double] = []
    public internal(set) var kolmogorovSmirnov: [Double] = []
    public var epochs: Int { generatorLosses.count }
    public init() {}
}
