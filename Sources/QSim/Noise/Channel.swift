/// A single-qubit noise channel, ρ → Σₖ Kₖ ρ Kₖ†.
///
/// Conventions: depolarizing(p) = (1−p)ρ + (p/3)(XρX + YρY + ZρZ) (as Cirq and PennyLane);
/// bitFlip(p) = (1−p)ρ + p XρX; phaseFlip(p) = (1−p)ρ + p ZρZ; amplitudeDamping(γ) has
/// K₀ = [[1, 0], [0, √(1−γ)]], K₁ = [[0, √γ], [0, 0]] (|1⟩ decays to |0⟩ with probability γ);
/// phaseDamping(λ) has K₀ = [[1, 0], [0, √(1−λ)]], K₁ = [[0, 0], [0, √λ]] (coherences shrink by
/// √(1−λ), populations stay; the same channel as phaseFlip(p) with 1 − 2p = √(1−λ)).
public enum Channel: Codable, Hashable, Sendable {
    case depolarizing(Double)
    case bitFlip(Double)
    case phaseFlip(Double)
    case amplitudeDamping(Double)
    case phaseDamping(Double)

    /// The channel's strength (p or γ).
    public var probability: Double {
        switch self {
        case let .depolarizing(p), let .bitFlip(p), let .phaseFlip(p), let .amplitudeDamping(p), let .phaseDamping(p): return p
        }
    }

    /// Kraus operators, row-major 2×2.
    public var krausOperators: [[Complex]] {
        let p = probability
        let keep = (1 - p).squareRoot()
        switch self {
        case .depolarizing:
            let a = (p / 3).squareRoot()
            return [[Complex(keep), 0, 0, Complex(keep)], [0, Complex(a), Complex(a), 0],
                    [0, Complex(0, -a), Complex(0, a), 0], [Complex(a), 0, 0, Complex(-a)]]
        case .bitFlip:
            return [[Complex(keep), 0, 0, Complex(keep)], [0, Complex(p.squareRoot()), Complex(p.squareRoot()), 0]]
        case .phaseFlip:
            return [[Complex(keep), 0, 0, Complex(keep)], [Complex(p.squareRoot()), 0, 0, Complex(-p.squareRoot())]]
        case .amplitudeDamping:
            return [[1, 0, 0, Complex(keep)], [0, Complex(p.squareRoot()), 0, 0]]
        case .phaseDamping:
            return [[1, 0, 0, Complex(keep)], [0, 0, 0, Complex(p.squareRoot())]]
        }
    }

    /// Throws unless the strength is a probability.
    public func validate() throws(QSimError) {
        let p = probability
        if !(p >= 0 && p <= 1) { throw .invalidProbability(what: "the channel's probability", value: p) }
    }
}

/// Classical readout error: each qubit's bit is flipped on reading, 0→1 with probability
/// `p01` and 1→0 with probability `p10`.
public struct ReadoutError: Codable, Hashable, Sendable {
    public var p01: Double
    public var p10: Double

    public init(p01: Double, p10: Double) {
        self.p01 = p01
        self.p10 = p10
    }

    /// The same flip probability both ways.
    public init(_ p: Double) { self.init(p01: p, p10: p) }

    public func validate() throws(QSimError) {
        for p in [p01, p10] where !(p >= 0 && p <= 1) { throw .invalidProbability(what: "a readout error", value: p) }
    }

    /// The distribution of read bitstrings given the true one, on `qubits` qubits.
    public func apply(to probabilities: [Double], qubits: Int) -> [Double] {
        orTrap { try checkedApply(to: probabilities, qubits: qubits) }
    }

    /// `apply(to:qubits:)`, throwing instead of trapping.
    public func checkedApply(to probabilities: [Double], qubits: Int) throws(QSimError) -> [Double] {
        try validate()
        if qubits < 1 || qubits > 62 || probabilities.count != 1 << qubits { throw .invalidLength(probabilities.count) }
        var p = probabilities
        for q in 0..<qubits {
            let bit = 1 << (qubits - 1 - q)
            for i in 0..<p.count where i & bit == 0 {
                let a = p[i], b = p[i | bit]
                p[i] = (1 - p01) * a + p10 * b
                p[i | bit] = p01 * a + (1 - p10) * b
            }
        }
        return p
    }
}

/// Where noise strikes when a circuit runs on `DensityMatrix`: channels after every gate on
/// each qubit it touched (one list for single-qubit gates, one for larger), then readout error.
public struct NoiseModel: Codable, Hashable, Sendable {
    public var afterSingleQubitGates: [Channel]
    public var afterMultiQubitGates: [Channel]
    public var readout: ReadoutError?

    public init(afterSingleQubitGates: [Channel] = [], afterMultiQubitGates: [Channel] = [], readout: ReadoutError? = nil) {
        self.afterSingleQubitGates = afterSingleQubitGates
        self.afterMultiQubitGates = afterMultiQubitGates
        self.readout = readout
    }

    /// Depolarizing noise of strength p after 1-qubit gates and 10·p after larger ones (capped at 1).
    public static func depolarizing(_ p: Double) -> NoiseModel {
        NoiseModel(afterSingleQubitGates: [.depolarizing(p)], afterMultiQubitGates: [.depolarizing(min(1, 10 * p))])
    }

    public func validate() throws(QSimError) {
        for c in afterSingleQubitGates + afterMultiQubitGates { try c.validate() }
        try readout?.validate()
    }
}
