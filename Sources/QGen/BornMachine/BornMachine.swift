import QSim

/// A quantum circuit Born machine: a parameterised circuit on n qubits whose measurement
/// distribution p_θ(x) = |⟨x|U(θ)|0…0⟩|² is the model. Trained against a target distribution by
/// gradient descent on a loss of p (exact losses by the adjoint method, sampled losses by
/// parameter shifts with shots).
public struct BornMachine: Codable, Sendable {
    /// The circuit; its `parameterValues` are the model's parameters.
    public private(set) var circuit: Circuit
    /// The ansatz the circuit was built from (nil for a circuit given directly).
    public let ansatz: Ansatz?

    /// The seed's layered ansatz (`.layered(layers:)`), parameters drawn uniformly from [0, 2π)
    /// with `seed`.
    public init(qubits: Int, layers: Int, seed: Int = 0) {
        self = orTrap { try BornMachine.checked(qubits: qubits, ansatz: .layered(layers: layers), seed: seed) }
    }

    /// Any ansatz, parameters drawn uniformly from [0, 2π) with `seed`; with `initialState`,
    /// the circuit starts from that state (e.g. the amplitudes of a discretised normal
    /// distribution, as Zoufal et al.'s generator can), see `Ansatz.checkedCircuit`.
    public init(qubits: Int, ansatz: Ansatz, initialState: [Double]? = nil, seed: Int = 0) {
        self = orTrap { try BornMachine.checked(qubits: qubits, ansatz: ansatz, initialState: initialState, seed: seed) }
    }

    /// Any parameterised circuit; its current parameter values are the starting point.
    public init(circuit: Circuit) {
        self.circuit = circuit
        self.ansatz = nil
    }

    /// `init(qubits:ansatz:seed:)`, throwing instead of trapping.
    public static func checked(qubits: Int, ansatz: Ansatz, initialState: [Double]? = nil, seed: Int = 0) throws(QGenError) -> BornMachine {
        var c = try ansatz.checkedCircuit(qubits: qubits, initialState: initialState)
        var rng = SeededGenerator(seed: seed)
        let values = (0..<c.parameterCount).map { _ in rng.nextDouble() * 2 * Double.pi }
        try sim { () throws(QSimError) in try c.checkedSetParameterValues(values) }
        return BornMachine(circuit: c, ansatz: ansatz)
    }

    private init(circuit: Circuit, ansatz: Ansatz?) {
        self.circuit = circuit
        self.ansatz = ansatz
    }

    public var qubits: Int { circuit.qubits }
    public var parameterCount: Int { circuit.parameterCount }

    /// The trainable parameters (the circuit's parameter values).
    public var parameters: [Double] {
        get { circuit.parameterValues }
        set { orTrap { try setParameters(newValue) } }
    }

    /// Sets the parameters, throwing on a wrong count or a non-finite value.
    public mutating func setParameters(_ values: [Double]) throws(QGenError) {
        try sim { () throws(QSimError) in try circuit.checkedSetParameterValues(values) }
    }

    /// The model's probabilities p_θ(x), exactly.
    public func probabilities() -> [Double] { orTrap { try checkedProbabilities() } }

    /// `probabilities()`, throwing instead of trapping (a time or memory limit).
    public func checkedProbabilities(parameters: [Double]? = nil) throws(QGenError) -> [Double] {
        try sim { () throws(QSimError) in
            try circuit.checkedRun(parameters: parameters ?? circuit.parameterValues).probabilities()
        }
    }

    /// The model's distribution.
    public var distribution: Distribution { orTrap { try checkedDistribution() } }

    /// `distribution`, throwing instead of trapping.
    public func checkedDistribution() throws(QGenError) -> Distribution {
        Distribution(bits: qubits, uncheckedProbabilities: normalised(try checkedProbabilities()))
    }

    /// `shots` samples of the model, reproducible for a seed.
    public func sample(shots: Int, seed: Int) -> [Int] { orTrap { try checkedSample(shots: shots, seed: seed) } }

    /// `sample(shots:seed:)`, throwing instead of trapping.
    public func checkedSample(shots: Int, seed: Int) throws(QGenError) -> [Int] {
        try sim { () throws(QSimError) in try circuit.checkedRun().checkedSample(shots: shots, seed: seed) }
    }

    /// The loss against the target and its gradient over all parameters (adjoint method; for a
    /// sampled loss, estimated from `shots` samples and parameter shifts, seeded).
    public func lossGradient(target: Distribution, loss: any Loss, seed: Int = 0) -> (value: Double, gradient: [Double]) {
        orTrap { try checkedLossGradient(target: target, loss: loss, seed: seed) }
    }

    /// `lossGradient(target:loss:seed:)`, throwing instead of trapping.
    public func checkedLossGradient(target: Distribution, loss: any Loss, seed: Int = 0,
                                    parameters: [Double]? = nil) throws -> (value: Double, gradient: [Double]) {
        let r = try evaluate(target: target, loss: loss, seed: seed, parameters: parameters ?? circuit.parameterValues)
        return (r.value, r.gradient)
    }

    /// The loss, its gradient, and (for an exact loss) the probabilities it was computed from.
    func evaluate(target: Distribution, loss: any Loss, seed: Int,
                  parameters values: [Double]) throws -> (value: Double, gradient: [Double], probabilities: [Double]?) {
        if target.bits != qubits { throw QGenError.sizeMismatch(what: "target distribution: bits", expected: qubits, got: target.bits) }
        if let shots = loss.shots {
            let samples = try sim { () throws(QSimError) in
                try circuit.checkedRun(parameters: values).checkedSample(shots: shots, seed: seed)
            }
            let empirical = try Distribution.checked(samples: samples, qubits: qubits)
            let (value, dLdp) = try loss.evaluate(model: empirical.probabilities, target: target)
            let jacobian = try sim { () throws(QSimError) in
                try circuit.checkedParameterShiftJacobian(shots: shots, seed: seed &+ 1, parameters: values)
            }
            return (value, jacobian.map { row in zip(row, dLdp).reduce(0) { $0 + $1.0 * $1.1 } }, nil)
        }
        var seen: [Double] = []
        do {
            let (value, gradient) = try circuit.checkedLossGradient(parameters: values) { p in
                seen = p
                return try loss.evaluate(model: p, target: target)
            }
            return (value, gradient, seen)
        } catch let error as QSimError {
            throw QGenError.simulator(error)
        }
    }

    /// Trains the parameters toward `target` and returns what each step measured.
    ///
    /// - `stopBelow`: stop once the loss is below this value.
    /// - `onStep`: called after each step with the step's index and loss (errors stop training
    ///   and pass through).
    /// - `seed`: the samples of a sampled loss (step s uses seed + 2s and seed + 2s + 1).
    ///
    /// The work checks QSim's `ExecutionBudget`, so a caller's time limit stops it.
    @discardableResult
    public mutating func train(target: Distribution, loss: any Loss = MMD(), optimizer: any Optimizer = Adam(learningRate: 0.1),
                               steps: Int = 100, seed: Int = 0, stopBelow: Double? = nil,
                               onStep: ((Int, Double) throws -> Void)? = nil) -> TrainingHistory {
        orTrap { try checkedTrain(target: target, loss: loss, optimizer: optimizer, steps: steps, seed: seed,
                                  stopBelow: stopBelow, onStep: onStep) }
    }

    /// `train(...)`, throwing instead of trapping; errors of the loss, the callback and the
    /// simulator (a time limit) pass through, and the parameters keep the last completed step.
    @discardableResult
    public mutating func checkedTrain(target: Distribution, loss: any Loss = MMD(), optimizer: any Optimizer = Adam(learningRate: 0.1),
                                      steps: Int = 100, seed: Int = 0, stopBelow: Double? = nil,
                                      onStep: ((Int, Double) throws -> Void)? = nil) throws -> TrainingHistory {
        if target.bits != qubits { throw QGenError.sizeMismatch(what: "target distribution: bits", expected: qubits, got: target.bits) }
        try require(steps >= 0 && steps <= 1_000_000, "steps must be in 0...1000000, got \(steps)")
        if let stopBelow { try require(!stopBelow.isNaN, "stopBelow must be a number") }
        let monitor = (loss as? MMD)?.kernel ?? GaussianKernel(bandwidths: [1.0])
        var history = TrainingHistory()
        history.lossName = "\(loss)"
        var optimizer = optimizer
        var x = circuit.parameterValues
        // Probabilities seen during the last step's evaluations, so the next step's monitors
        // reuse them (L-BFGS's accepted point was evaluated in its line search).
        var seen: [(x: [Double], p: [Double])] = []
        for step in 0..<steps {
            try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
            var evaluated: [(x: [Double], p: [Double])] = []
            let stepSeed = seed &+ 2 &* step
            let (next, value) = try optimizer.iterate(x) { point in
                let r = try evaluate(target: target, loss: loss, seed: stepSeed, parameters: point)
                if !r.value.isFinite || !r.gradient.allSatisfy(\.isFinite) { throw QGenError.diverged(step: step) }
                if let p = r.probabilities, evaluated.count < 8 { evaluated.append((point, p)) }
                return (r.value, r.gradient)
            }
            let p = try seen.first(where: { $0.x == x })?.p ?? evaluated.first(where: { $0.x == x })?.p
                ?? checkedProbabilities(parameters: x)
            try record(&history, value: value, p: p, target: target, monitor: monitor)
            seen = evaluated
            let moved = next != x
            x = next
            try setParameters(x)
            if let report = Progress.report { report("step \(step + 1) of \(steps) · loss \(formatScientific(value))") }
            try onStep?(step, value)
            if let stopBelow, value < stopBelow { history.stopReason = "stopBelow"; break }
            if !moved { history.stopReason = "converged"; break }
        }
        let p = try checkedProbabilities()
        history.finalLoss = loss.shots == nil
            ? try loss.evaluate(model: p, target: target).value
            : try checkedLossGradient(target: target, loss: loss, seed: seed &+ 2 &* steps).value
        let model = Distribution(bits: qubits, uncheckedProbabilities: normalised(p))
        history.finalKLDivergence = Metrics.kl(target.probabilities, model.probabilities, smoothing: 0)
        history.finalMMD = try checkedMMD(model, target, kernel: monitor)
        return history
    }

    private func record(_ h: inout TrainingHistory, value: Double, p: [Double], target: Distribution, monitor: GaussianKernel) throws {
        h.losses.append(value)
        h.klDivergences.append(Metrics.kl(target.probabilities, normalised(p), smoothing: 0))
        h.mmds.append(try MMDMath.squared(p, target.probabilities, kernel: monitor).value)
    }

    /// Probabilities from a simulation sum to 1 within rounding; renormalise exactly.
    private func normalised(_ p: [Double]) -> [Double] {
        let s = p.reduce(0, +)
        return p.map { max(0, $0) / s }
    }
}

extension BornMachine: CustomStringConvertible {
    public var description: String {
        "BornMachine(qubits: \(qubits), parameters: \(parameterCount), gates: \(circuit.gateCount))"
    }
}
