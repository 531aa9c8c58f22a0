/// A training loss of a Born machine: a function of the model's probabilities p and the target,
/// with its gradient dL/dp (QSim turns that into the gradient over the circuit's parameters by
/// one adjoint sweep). A loss with `shots` is estimated from that many samples per evaluation,
/// and a Born machine trains it with parameter-shift gradients estimated from samples too.
public protocol Loss: Sendable {
    /// L(p) against the target and dL/dp. Errors pass through unchanged.
    func evaluate(model p: [Double], target: Distribution) throws -> (value: Double, gradient: [Double])
    /// Samples per evaluation for a sampled loss; nil for an exact one.
    var shots: Int? { get }
}

/// The squared maximum mean discrepancy to the target as a loss: exact (the quadratic form) or,
/// with `shots`, from the model's samples (the target is known exactly).
public struct MMD: Codable, Loss, Hashable, CustomStringConvertible {
    public let kernel: GaussianKernel
    public let shots: Int?

    /// Gaussian kernel on integer values (or bits) with standard deviations `bandwidths`.
    public init(bandwidths: [Double] = [1.0], distance: GaussianKernel.Distance = .integer, shots: Int? = nil) {
        self = orTrap { try MMD.checked(kernel: GaussianKernel.checked(bandwidths: bandwidths, distance: distance), shots: shots) }
    }

    /// Liu & Wang's convention: exp(−d²/(2v)) for each variance v.
    public init(variances: [Double], distance: GaussianKernel.Distance = .integer, shots: Int? = nil) {
        self = orTrap { try MMD.checked(kernel: GaussianKernel.checked(variances: variances, distance: distance), shots: shots) }
    }

    public init(kernel: GaussianKernel, shots: Int? = nil) {
        self = orTrap { try MMD.checked(kernel: kernel, shots: shots) }
    }

    /// `init(kernel:shots:)`, throwing instead of trapping.
    public static func checked(kernel: GaussianKernel, shots: Int? = nil) throws(QGenError) -> MMD {
        if let shots { try require(shots >= 1, "a sampled loss needs at least 1 shot, got \(shots)") }
        return MMD(unchecked: kernel, shots)
    }

    private init(unchecked kernel: GaussianKernel, _ shots: Int?) {
        self.kernel = kernel
        self.shots = shots
    }

    public func evaluate(model p: [Double], target: Distribution) throws -> (value: Double, gradient: [Double]) {
        if p.count != target.count { throw QGenError.sizeMismatch(what: "MMD: number of outcomes", expected: target.count, got: p.count) }
        return try MMDMath.squared(p, target.probabilities, kernel: kernel)
    }

    public var description: String {
        let sampled = shots.map { ", shots: \($0)" } ?? ""
        let bits = kernel.distance == .hamming ? ", distance: .hamming" : ""
        return "MMD(bandwidths: \(kernel.bandwidths)\(bits)\(sampled))"
    }
}

/// The negative log-likelihood of the target under the model, −Σₓ qₓ log pₓ (the cross-entropy;
/// its minimum is the target's entropy, reached at p = q). Model probabilities below `floor` are
/// raised to it, so a model that misses a target outcome has a large, finite loss.
public struct NegativeLogLikelihood: Codable, Loss, Hashable, CustomStringConvertible {
    public let floor: Double
    public var shots: Int? { nil }

    public init(floor: Double = 1e-12) {
        self = orTrap { try NegativeLogLikelihood.checked(floor: floor) }
    }

    /// `init(floor:)`, throwing instead of trapping.
    public static func checked(floor: Double = 1e-12) throws(QGenError) -> NegativeLogLikelihood {
        try require(floor > 0 && floor < 1, "the floor must be in (0, 1), got \(floor)")
        return NegativeLogLikelihood(unchecked: floor)
    }

    private init(unchecked floor: Double) { self.floor = floor }

    public func evaluate(model p: [Double], target: Distribution) throws -> (value: Double, gradient: [Double]) {
        if p.count != target.count { throw QGenError.sizeMismatch(what: "negative log-likelihood: number of outcomes", expected: target.count, got: p.count) }
        var value = 0.0
        var gradient = [Double](repeating: 0, count: p.count)
        for (x, q) in target.probabilities.enumerated() where q > 0 {
            let px = max(p[x], floor)
            value -= q * log(px)
            gradient[x] = -q / px
        }
        return (value, gradient)
    }

    public var description: String { "NegativeLogLikelihood()" }
}

/// A loss written as a function: `CustomLoss { p, q in (value, dLdp) }` with p the model's and
/// q the target's probabilities.
public struct CustomLoss: Loss, CustomStringConvertible, @unchecked Sendable {
    public let name: String
    let body: ([Double], [Double]) throws -> (Double, [Double])
    public var shots: Int? { nil }

    public init(name: String = "custom", _ body: @escaping ([Double], [Double]) throws -> (Double, [Double])) {
        self.name = name
        self.body = body
    }

    public func evaluate(model p: [Double], target: Distribution) throws -> (value: Double, gradient: [Double]) {
        let (value, gradient) = try body(p, target.probabilities)
        if gradient.count != p.count { throw QGenError.sizeMismatch(what: "\(name) loss: gradient length", expected: p.count, got: gradient.count) }
        return (value, gradient)
    }

    public var description: String { "CustomLoss(\(name))" }
}
