/// Gradient descent with optional (heavy-ball or Nesterov) momentum:
/// v ← μv − η∇f(x); x ← x + v (Nesterov: x ← x + μv − η∇f(x)).
public struct SGD: Codable, FirstOrderOptimizer, Hashable, CustomStringConvertible {
    public let learningRate: Double
    public let momentum: Double
    public let nesterov: Bool
    private var velocity: [Double] = []

    public init(learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false) {
        self = orTrap { try SGD.checked(learningRate: learningRate, momentum: momentum, nesterov: nesterov) }
    }

    /// `init(learningRate:momentum:nesterov:)`, throwing instead of trapping.
    public static func checked(learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false) throws(QGenError) -> SGD {
        try require(learningRate.isFinite && learningRate > 0, "the learning rate must be positive and finite, got \(learningRate)")
        try require(momentum >= 0 && momentum < 1, "momentum must be in [0, 1), got \(momentum)")
        return SGD(unchecked: learningRate, momentum, nesterov)
    }

    private init(unchecked lr: Double, _ mu: Double, _ nesterov: Bool) {
        learningRate = lr; momentum = mu; self.nesterov = nesterov
    }

    public mutating func step(_ x: [Double], gradient g: [Double]) -> [Double] {
        if velocity.count != x.count { velocity = [Double](repeating: 0, count: x.count) }
        var next = x
        for i in x.indices {
            velocity[i] = momentum * velocity[i] - learningRate * g[i]
            next[i] += nesterov ? momentum * velocity[i] - learningRate * g[i] : velocity[i]
        }
        return next
    }

    public mutating func reset() { velocity = [] }

    public var description: String {
        "SGD(learningRate: \(learningRate)\(momentum > 0 ? ", momentum: \(momentum)" : "")\(nesterov ? ", nesterov: true" : ""))"
    }
}
