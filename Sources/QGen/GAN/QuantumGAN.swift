import QSim

/// A GAN in which the data, the generator and the discriminator are all quantum (PennyLane's
/// demonstration; Dallaire-Demers & Killoran 2018): `real` prepares the data's state (no
/// parameters), `generator` prepares its own state on the same register, and `discriminator`
/// acts on the register after either and answers "real" with probability (⟨Z_output⟩ + 1)/2.
/// The discriminator minimises P(real | fake) − P(real | real), the generator −P(real | fake);
/// every gradient is one adjoint sweep of the combined circuit.
public struct QuantumGAN: Codable, Sendable, CustomStringConvertible {
    public let real: Circuit
    public private(set) var generator: Circuit
    public private(set) var discriminator: Circuit
    public let output: Int

    public init(real: Circuit, generator: Circuit, discriminator: Circuit, output: Int) {
        self = orTrap { try Self.checked(real: real, generator: generator, discriminator: discriminator, output: output) }
    }

    public static func checked(real: Circuit, generator: Circuit, discriminator: Circuit, output: Int) throws(QGenError) -> QuantumGAN {
        try require(generator.qubits == real.qubits && discriminator.qubits == real.qubits,
                    "the data, generator and discriminator circuits must act on one register: \(real.qubits), \(generator.qubits) and \(discriminator.qubits) qubits")
        try require(real.parameterCount == 0, "the data's circuit prepares a fixed state: it has \(real.parameterCount) parameters")
        try require(generator.parameterCount > 0 && discriminator.parameterCount > 0, "the generator and the discriminator need parameters to train")
        try require(output >= 0 && output < real.qubits, "the output qubit must be in 0..<\(real.qubits), got \(output)")
        return QuantumGAN(unchecked: real, generator: generator, discriminator: discriminator, output: output)
    }

    private init(unchecked real: Circuit, generator: Circuit, discriminator: Circuit, output: Int) {
        self.real = real
        self.generator = generator
        self.discriminator = discriminator
        self.output = output
    }

    public var description: String {
        "QuantumGAN(qubits: \(real.qubits), generator parameters: \(generator.parameterCount), discriminator parameters: \(discriminator.parameterCount), output: \(output))"
    }

    /// The discriminator's P(real) for the data's state.
    public var realJudgedReal: Double { orTrap { try checkedJudgedReal(fake: false) } }
    /// The discriminator's P(real) for the generator's state.
    public var fakeJudgedReal: Double { orTrap { try checkedJudgedReal(fake: true) } }

    /// P(real) for the generator's state (`fake`) or the data's, throwing instead of trapping.
    public func checkedJudgedReal(fake: Bool) throws(QGenError) -> Double { try judged(fake: fake).value }

    /// P(real) for one of the two states, and its gradient (generator parameters first when fake).
    private func judged(fake: Bool) throws(QGenError) -> (value: Double, gradient: [Double]) {
        try sim { () throws(QSimError) in
            try ExecutionBudget.current.checkTime()
            let circuit = try (fake ? generator : real).checkedAppending(discriminator)
            let (z, dz) = try circuit.checkedExpectationGradient(of: .z(output))
            return ((z + 1) / 2, dz.map { $0 / 2 })
        }
    }

    /// `steps` discriminator updates; returns P(real | fake) − P(real | real) before each.
    @discardableResult
    public mutating func trainDiscriminator(steps: Int, optimizer: any Optimizer = SGD(learningRate: 0.4)) -> [Double] {
        orTrap { try checkedTrainDiscriminator(steps: steps, optimizer: optimizer) }
    }

    public mutating func checkedTrainDiscriminator(steps: Int, optimizer: any Optimizer = SGD(learningRate: 0.4)) throws(QGenError) -> [Double] {
        try require(steps >= 0 && steps <= 100_000, "steps must be in 0...100000, got \(steps)")
        var optimizer = optimizer
        var costs: [Double] = []
        let g = generator.parameterCount
        for _ in 0..<steps {
            let x = discriminator.parameterValues
            let step = try optimizer.checkedIterate(x) { (point: [Double]) throws(QGenError) -> (value: Double, gradient: [Double]) in
                var m = self
                try sim { () throws(QSimError) in try m.discriminator.checkedSetParameterValues(point) }
                let r = try m.judged(fake: false), f = try m.judged(fake: true)
                return (f.value - r.value, (0..<point.count).map { f.gradient[g + $0] - r.gradient[$0] })
            }
            costs.append(step.value)
            try sim { () throws(QSimError) in try discriminator.checkedSetParameterValues(step.parameters) }
        }
        return costs
    }

    /// `steps` generator updates; returns −P(real | fake) before each.
    @discardableResult
    public mutating func trainGenerator(steps: Int, optimizer: any Optimizer = SGD(learningRate: 0.4)) -> [Double] {
        orTrap { try checkedTrainGenerator(steps: steps, optimizer: optimizer) }
    }

    public mutating func checkedTrainGenerator(steps: Int, optimizer: any Optimizer = SGD(learningRate: 0.4)) throws(QGenError) -> [Double] {
        try require(steps >= 0 && steps <= 100_000, "steps must be in 0...100000, got \(steps)")
        var optimizer = optimizer
        var costs: [Double] = []
        for _ in 0..<steps {
            let x = generator.parameterValues
            let step = try optimizer.checkedIterate(x) { (point: [Double]) throws(QGenError) -> (value: Double, gradient: [Double]) in
                var m = self
                try sim { () throws(QSimError) in try m.generator.checkedSetParameterValues(point) }
                let f = try m.judged(fake: true)
                return (-f.value, (0..<point.count).map { -f.gradient[$0] })
            }
            costs.append(step.value)
            try sim { () throws(QSimError) in try generator.checkedSetParameterValues(step.parameters) }
        }
        return costs
    }
}
