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
    /// σ of the Gaussian kernel on bit strings.
    public let bandwidth: Double

    public init(qubits: Int, gates: [[Int]], bandwidth: Double, seed: Int = 0) {
        self = orTrap { try IQPModel.checked(qubits: qubits, gates: gates, bandwidth: bandwidth, seed: seed) }
    }

    /// `init(qubits:gates:bandwidth:seed:)`, throwing instead of trapping. Parameters start
    /// uniform in [−0.1, 0.1) from the seed.
    public static func checked(qubits: Int, gates: [[Int]], bandwidth: Double, seed: Int = 0) throws(QGenError) -> IQPModel {
        try require(bandwidth.isFinite && bandwidth > 0, "the bandwidth must be positive and finite, got \(bandwidth)")
        var rng = SeededGenerator(seed: seed)
        let theta = gates.map { _ in rng.nextDouble() * 0.2 - 0.1 }
        return IQPModel(circuit: try IQPCircuit.checked(qubits: qubits, gates: gates, parameters: theta), bandwidth: bandwidth)
    }

    private init(circuit: IQPCircuit, bandwidth: Double) {
        self.circuit = circuit
        self.bandwidth = bandwidth
    }

    public var qubits: Int { circuit.qubits }

    /// The probability that an operator contains a given qubit: p = (1 − e^{−1/(2σ²)})/2.
    public var operatorDensity: Double { (1 - exp(-1 / (2 * bandwidth * bandwidth))) / 2 }

    /// Every gate on at most `maxWeight` qubits (all subsets), in lexicographic order.
    public static func allGates(qubits n: Int, maxWeight k: Int) -> [[Int]] {
        var result: [[Int]] = []
        func extend(_ prefix: [Int], from start: Int) {
            if !prefix.isEmpty { result.append(prefix) }
            if prefix.count == k { return }
            for q in start..<n { extend(prefix + [q], from: q + 1) }
        }
        extend([], from: 0)
        return result.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
    }

    /// One- and two-qubit gates on neighbours up to `range` apart on a chain: the 1,000-qubit
    /// model's gate set (range 2: nearest and next-nearest neighbours).
    public static func chainGates(qubits n: Int, range: Int = 2) -> [[Int]] {
        (0..<n).map { [$0] } + (1...max(1, range)).flatMap { d in (0..<max(0, n - d)).map { [$0, $0 + d] } }
    }

    /// ⟨Z_a⟩ of data given as bit strings (each [Int] of 0s and 1s).
    static func dataExpectation(_ data: [[Bool]], _ a: [Int]) -> Double {
        var s = 0
        for x in data {
            var parity = false
            for q in a where x[q] { parity.toggle() }
            s += parity ? -1 : 1
        }
        return Double(s) / Double(data.count)
    }

    /// The MMD² estimated from `operators` random Z operators (each qubit in with probability
    /// `operatorDensity`) and `samples` z's per ⟨Z_a⟩, with its gradient over the parameters.
    public func lossGradient(data: [[Int]], operators: Int, samples: Int, seed: Int) -> (value: Double, gradient: [Double]) {
        orTrap { try checkedLossGradient(data: data, operators: operators, samples: samples, seed: seed) }
    }

    public func checkedLossGradient(data: [[Int]], operators: Int, samples: Int, seed: Int) throws(QGenError) -> (value: Double, gradient: [Double]) {
        let bits = try Self.validate(data, qubits: qubits)
        try require(operators >= 1 && operators <= 1_000_000, "operators must be in 1...1000000, got \(operators)")
        try require(samples >= 1 && samples <= 1_000_000, "samples must be in 1...1000000, got \(samples)")
        var rng = SeededGenerator(seed: seed)
        let p = operatorDensity
        let n = qubits
        // The operators, and the z's shared by every operator's estimate.
        var ops: [[Int]] = []
        while ops.count < operators {
            let a = (0..<n).filter { _ in rng.nextDouble() < p }
            ops.append(a)
        }
        let zs = PackedSamples(count: samples, qubits: n, rng: &rng)
        let gates = circuit.gates, theta = circuit.parameters
        // Each gate's parity over the samples, computed once for every operator.
        let parities = gates.map { zs.parity($0) }
        var value = 0.0
        var gradient = [Double](repeating: 0, count: theta.count)
        for a in ops {
            let aSet = Set(a)
            let active = gates.indices.filter { gates[$0].filter(aSet.contains).count % 2 == 1 }
            let target = Self.dataExpectation(bits, a)
            if active.isEmpty {
                let d = 1 - target
                value += d * d
                continue
            }
            let phases = zs.phases(active.map { (parities[$0], theta[$0]) })
            var model = 0.0
            var dModel = [Double](repeating: 0, count: active.count)
            for (sIndex, phase) in phases.enumerated() {
                model += cos(phase)
                let sine = sin(phase)
                let w = sIndex >> 6, bit = UInt64(sIndex & 63)
                // d phase / d θⱼ = ±2, the sign of gate j's term for this sample.
                for (k, j) in active.enumerated() {
                    let sign: Double = (parities[j][w] >> bit) & 1 == 1 ? -2 : 2
                    dModel[k] -= sine * sign
                }
            }
            model /= Double(samples)
            let diff = model - target
            value += diff * diff
            for (k, j) in active.enumerated() { gradient[j] += 2 * diff * dModel[k] / Double(samples) }
        }
        let m = Double(operators)
        return (value / m, gradient.map { $0 / m })
    }

    /// The exact MMD² through every Z operator (2ⁿ of them; n ≤ 20), from the exact ⟨Z_a⟩.
    public func exactMMD(data: Distribution) -> Double { orTrap { try checkedExactMMD(data: data) } }

    public func checkedExactMMD(data: Distribution) throws(QGenError) -> Double {
        if data.bits != qubits { throw .sizeMismatch(what: "data: bits", expected: qubits, got: data.bits) }
        try require(qubits <= 20, "the exact MMD through all Z operators is offered for up to 20 qubits")
        let p = try circuit.checkedProbabilities()
        var d = p
        for i in d.indices { d[i] -= data.probabilities[i] }
        Transforms.walshHadamard(&d)   // d̂ₛ = ⟨Z_s⟩_model − ⟨Z_s⟩_data
        let density = operatorDensity
        var total = 0.0
        for s in d.indices {
            let w = s.nonzeroBitCount
            total += pow(density, Double(w)) * pow(1 - density, Double(qubits - w)) * d[s] * d[s]
        }
        return total
    }

    /// Trains with `optimizer` for `steps`, each step a fresh estimate (seed + step).
    @discardableResult
    public mutating func train(data: [[Int]], optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 100,
                               operators: Int = 1000, samples: Int = 1000, seed: Int = 0) -> [Double] {
        orTrap { try checkedTrain(data: data, optimizer: optimizer, steps: steps, operators: operators, samples: samples, seed: seed) }
    }

    @discardableResult
    public mutating func checkedTrain(data: [[Int]], optimizer: any Optimizer = Adam(learningRate: 0.05), steps: Int = 100,
                                      operators: Int = 1000, samples: Int = 1000, seed: Int = 0) throws -> [Double] {
        try require(steps >= 0 && steps <= 1_000_000, "steps must be in 0...1000000, got \(steps)")
        var opt = optimizer
        var losses: [Double] = []
        for step in 0..<steps {
            try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
            let model = self
            let (next, value) = try opt.iterate(circuit.parameters) { theta in
                var probe = model
                probe.circuit.parameters = theta
                let r = try probe.checkedLossGradient(data: data, operators: operators, samples: samples, seed: seed &+ step)
                return (r.value, r.gradient)
            }
            circuit.parameters = next
            losses.append(value)
            if let report = Progress.report { report("step \(step + 1) of \(steps) · MMD² \(formatScientific(value))") }
        }
        return losses
    }

    static func validate(_ data: [[Int]], qubits n: Int) throws(QGenError) -> [[Bool]] {
        try require(!data.isEmpty, "the data must hold at least one bit string")
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
