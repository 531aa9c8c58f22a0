/// Adam (Kingma & Ba 2015) with bias correction, optionally AMSGrad (Reddi et al. 2018: the
/// running maximum of the second moment). Defaults are the paper's: β₁ 0.9, β₂ 0.999, ε 1e-8
/// (PennyLane's AdamOptimizer uses β₂ 0.99).
public struct Adam: Codable, FirstOrderOptimizer, Hashable, CustomStringConvertible {
    public let learningRate: Double
    public let beta1: Double
    public let beta2: Double
    public let epsilon: Double
    public let amsgrad: Bool
    /// The number of steps taken so far.
    public private(set) var steps = 0
    private var m: [Double] = []
    private var v: [Double] = []
    private var vMax: [Double] = []

    public init(learningRate: Double = 0.01, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, amsgrad: Bool = false) {
        self = orTrap { try Adam.checked(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, amsgrad: amsgrad) }
    }

    /// `init(learningRate:beta1:beta2:epsilon:amsgrad:)`, throwing instead of trapping.
    public static func checked(learningRate: Double = 0.01, beta1: Double = 0.9, beta2: Double = 0.999,
                               epsilon: Double = 1e-8, amsgrad: Bool = false) throws(QGenError) -> Adam {
        try require(learningRate.isFinite && learningRate > 0, "the learning rate must be positive and finite, got \(learningRate)")
        try require(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1), got \(beta1)")
        try require(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1), got \(beta2)")
        try require(epsilon.isFinite && epsilon > 0, "epsilon must be positive and finite, got \(epsilon)")
        return Adam(unchecked: learningRate, beta1, beta2, epsilon, amsgrad)
    }

    private init(unchecked lr: Double, _ b1: Double, _ b2: Double, _ eps: Double, _ ams: Bool) {
        learningRate = lr; beta1 = b1; beta2 = b2; epsilon = eps; amsgrad = ams
    }

    public mutating func step(_ x: [Double], gradient g: [Double]) -> [Double] {
        if m.count != x.count { m = [Double](repeating: 0, count: x.count); v = m; vMax = m; steps = 0 }
        steps += 1
        let c1 = 1 - pow(beta1, Double(steps)), c2 = 1 - pow(beta2, Double(steps))
        var next = x
        for i in x.indices {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i]
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
            var vHat = v[i] / c2
            if amsgrad { vMax[i] = max(vMax[i], vHat); vHat = vMax[i] }
            next[i] -= learningRate * (m[i] / c1) / (vHat.squareRoot() + epsilon)
        }
        return next
    }

    public mutating func reset() { m = []; v = []; vMax = []; steps = 0 }

    public var description: String {
        "Adam(learningRate: \(learningRate)\(amsgrad ? ", amsgrad: true" : ""))"
    }
}
