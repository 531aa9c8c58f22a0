import QSim

/// A quantum autoencoder (Romero, Olson & Aspuru-Guzik 2017): an encoder circuit U on n qubits
/// trained so that, for the states it is given, the last n − latent ("trash") qubits end in
/// |0…0⟩. Then the state lives on the `latent` qubits alone: resetting the trash qubits and
/// applying U† gives it back.
///
/// The encoder is Qiskit's RealAmplitudes shape: reps + 1 layers of RY on every qubit, with a
/// reverse-linear CNOT chain between layers (CNOT(n−2, n−1), …, CNOT(0, 1)). Each angle occurs
/// once in one RY, so the parameter-shift rule gives exact gradients.
public struct QuantumAutoencoder: Codable, Sendable, CustomStringConvertible {
    public let qubits: Int
    public let latent: Int
    public let reps: Int
    /// The encoder, with its current parameter values.
    public private(set) var circuit: Circuit

    public init(qubits: Int, latent: Int, reps: Int = 5, seed: UInt64 = 0) {
        self = orTrap { try Self.checked(qubits: qubits, latent: latent, reps: reps, seed: seed) }
    }

    /// `init`, throwing instead of trapping. Initial angles are uniform in [0, 1), as Qiskit's
    /// tutorial starts them.
    public static func checked(qubits: Int, latent: Int, reps: Int = 5, seed: UInt64 = 0) throws(QGenError) -> QuantumAutoencoder {
        try require(qubits >= 2 && qubits <= 20, "an autoencoder has 2...20 qubits, got \(qubits)")
        try require(latent >= 1 && latent < qubits, "latent must be in 1...\(qubits - 1) (at least one trash qubit), got \(latent)")
        try require(reps >= 0 && reps <= 100, "reps must be in 0...100, got \(reps)")
        var c = try sim { () throws(QSimError) in try Circuit.checked(qubits: qubits) }
        for layer in 0...reps {
            for q in 0..<qubits {
                let theta = try sim { () throws(QSimError) in try c.checkedAddParameter("θ\(c.parameterCount)") }
                c.ry(theta, q)
            }
            if layer < reps { for q in stride(from: qubits - 2, through: 0, by: -1) { c.cnot(q, q + 1) } }
        }
        var random = SeededGenerator(seed: seed)
        let values = (0..<c.parameterCount).map { _ in random.nextDouble() }
        try sim { () throws(QSimError) in try c.checkedSetParameterValues(values) }
        return QuantumAutoencoder(qubits: qubits, latent: latent, reps: reps, circuit: c)
    }

    private init(qubits: Int, latent: Int, reps: Int, circuit: Circuit) {
        self.qubits = qubits
        self.latent = latent
        self.reps = reps
        self.circuit = circuit
    }

    public var trash: Int { qubits - latent }
    public var parameterCount: Int { circuit.parameterCount }
    public var parameters: [Double] {
        get { circuit.parameterValues }
        set { orTrap { try setParameters(newValue) } }
    }

    public mutating func setParameters(_ values: [Double]) throws(QGenError) {
        try sim { () throws(QSimError) in try circuit.checkedSetParameterValues(values) }
    }

    public var description: String {
        "QuantumAutoencoder(qubits: \(qubits), latent: \(latent), reps: \(reps), parameters: \(parameterCount))"
    }

    // MARK: - Fidelities

    /// The probability that the trash qubits read |0…0⟩ after encoding `state`: 1 when the
    /// encoder moves all of the state onto the latent qubits.
    public func trashFidelity(_ state: StateVector) -> Double { orTrap { try checkedTrashFidelity(state) } }

    public func checkedTrashFidelity(_ state: StateVector, parameters: [Double]? = nil) throws(QGenError) -> Double {
        let encoded = try encode(state, parameters: parameters)
        let stride = 1 << trash
        var sum = 0.0
        for l in 0..<(1 << latent) { sum += encoded[l * stride].magnitudeSquared }
        return sum
    }

    /// How much of `state` comes back after encoding, resetting the trash qubits to |0…0⟩ and
    /// decoding with U†: ⟨ψ|ρ_out|ψ⟩. With the encoded state written as Σₖ |aₖ⟩ ⊗ |k⟩ (k the
    /// trash reading), the reset leaves Σₖ |aₖ⟩⟨aₖ| ⊗ |0⟩⟨0|, so the fidelity is Σₖ |⟨a₀|aₖ⟩|².
    public func reconstructionFidelity(_ state: StateVector) -> Double { orTrap { try checkedReconstructionFidelity(state) } }

    public func checkedReconstructionFidelity(_ state: StateVector) throws(QGenError) -> Double {
        let encoded = try encode(state, parameters: nil)
        let stride = 1 << trash
        var sum = 0.0
        for k in 0..<stride {
            var re = 0.0, im = 0.0
            for l in 0..<(1 << latent) {
                let a0 = encoded[l * stride], ak = encoded[l * stride + k]
                re += a0.re * ak.re + a0.im * ak.im
                im += a0.re * ak.im - a0.im * ak.re
            }
            sum += re * re + im * im
        }
        return sum
    }

    private func encode(_ state: StateVector, parameters: [Double]?) throws(QGenError) -> [Complex] {
        try require(state.qubits == qubits, "the state has \(state.qubits) qubits; the autoencoder has \(qubits)")
        try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
        let values = parameters ?? circuit.parameterValues
        return try sim { () throws(QSimError) in try circuit.checkedRun(from: state, parameters: values) }.amplitudes
    }

    // MARK: - Training

    /// The cost 1 − (mean trash fidelity over `states`) and its exact gradient (parameter shift).
    public func costGradient(_ states: [StateVector], parameters: [Double]? = nil) -> (value: Double, gradient: [Double]) {
        orTrap { try checkedCostGradient(states, parameters: parameters) }
    }

    public func checkedCostGradient(_ states: [StateVector], parameters: [Double]? = nil) throws(QGenError) -> (value: Double, gradient: [Double]) {
        try require(!states.isEmpty, "give at least one state to compress")
        let x = parameters ?? circuit.parameterValues
        func cost(_ p: [Double]) throws(QGenError) -> Double {
            var sum = 0.0
            for s in states { sum += try checkedTrashFidelity(s, parameters: p) }
            return 1 - sum / Double(states.count)
        }
        let value = try cost(x)
        var gradient = [Double](repeating: 0, count: x.count)
        for i in x.indices {
            var plus = x, minus = x
            plus[i] += .pi / 2
            minus[i] -= .pi / 2
            gradient[i] = (try cost(plus) - cost(minus)) / 2
        }
        return (value, gradient)
    }

    /// Trains the encoder on `states`; the history holds the cost (1 − mean trash fidelity)
    /// at each step's starting parameters.
    @discardableResult
    public mutating func train(states: [StateVector], optimizer: any Optimizer = Adam(learningRate: 0.1), steps: Int = 200) -> AutoencoderHistory {
        orTrap { try checkedTrain(states: states, optimizer: optimizer, steps: steps) }
    }

    public mutating func checkedTrain(states: [StateVector], optimizer: any Optimizer = Adam(learningRate: 0.1), steps: Int = 200) throws(QGenError) -> AutoencoderHistory {
        try require(steps >= 0 && steps <= 100_000, "steps must be in 0...100000, got \(steps)")
        var optimizer = optimizer
        var x = circuit.parameterValues
        var history = AutoencoderHistory()
        for step in 0..<steps {
            let (next, value) = try optimizer.checkedIterate(x) { (point: [Double]) throws(QGenError) -> (value: Double, gradient: [Double]) in
                let r = try checkedCostGradient(states, parameters: point)
                if !r.value.isFinite || !r.gradient.allSatisfy(\.isFinite) { throw QGenError.diverged(step: step) }
                return r
            }
            history.costs.append(value)
            x = next
            if let report = Progress.report { report("step \(step + 1) of \(steps) · cost \(formatScientific(value))") }
        }
        try setParameters(x)
        history.finalCost = try checkedCostGradient(states, parameters: x).value
        var total = 0.0
        for s in states { total += try checkedReconstructionFidelity(s) }
        history.finalFidelity = total / Double(states.count)
        return history
    }
}

/// What training an autoencoder recorded.
public struct AutoencoderHistory: Codable, Sendable, Hashable, CustomStringConvertible {
    /// 1 − mean trash fidelity, at the start of each step.
    public var costs: [Double] = []
    public var finalCost: Double = .nan
    /// The mean reconstruction fidelity after training.
    public var finalFidelity: Double = .nan

    public var steps: Int { costs.count }

    public var description: String {
        "AutoencoderHistory(steps: \(steps), finalCost: \(finalCost), finalFidelity: \(finalFidelity))"
    }
}

extension QuantumAutoencoder {
    /// The domain-wall state |0…01…1⟩: the first ⌊n/2⌋ qubits 0, the rest 1 (|00111⟩ for 5),
    /// the state Qiskit's autoencoder tutorial compresses.
    public static func domainWall(qubits n: Int) -> StateVector { orTrap { try checkedDomainWall(qubits: n) } }

    public static func checkedDomainWall(qubits n: Int) throws(QGenError) -> StateVector {
        try require(n >= 1 && n <= 24, "a domain wall of 1...24 qubits, got \(n)")
        return StateVector(basisState: (1 << (n - n / 2)) - 1, qubits: n)
    }
}
