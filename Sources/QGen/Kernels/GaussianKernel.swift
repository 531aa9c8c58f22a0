/// A Gaussian kernel on n-bit outcomes, or a mixture of several (the mean over bandwidths):
///
/// - on the integer values: k(x, y) = mean over σ of exp(−(x − y)²/(2σ²));
/// - on the bits (`.hamming`): k(x, y) = mean over σ of exp(−h(x, y)/(2σ²)), h the Hamming
///   distance, which is the squared Euclidean distance of the bit vectors.
///
/// σ is a standard deviation, as in PennyLane. Liu & Wang's code writes exp(−d²/(2v)) with v a
/// variance: `GaussianKernel(variances:)` takes that convention by name (v = σ²).
///
/// Both kinds depend only on x − y (a symmetric Toeplitz matrix) or on x ⊕ y (diagonal in the
/// Walsh–Hadamard basis), so `apply(_:)` computes K·v without forming K.
public struct GaussianKernel: Codable, Hashable, Sendable {
    /// What the kernel measures the distance of two outcomes on.
    public enum Distance: String, Codable, Hashable, Sendable {
        case integer, hamming
    }

    /// The standard deviations σ, one per component of the mixture.
    public let bandwidths: [Double]
    public let distance: Distance

    /// A kernel with standard deviations `bandwidths` (σ); traps on an empty list or σ ≤ 0.
    public init(bandwidths: [Double], distance: Distance = .integer) {
        self = orTrap { try GaussianKernel.checked(bandwidths: bandwidths, distance: distance) }
    }

    /// Liu & Wang's convention: exp(−d²/(2v)) for each variance v (σ = √v).
    public init(variances: [Double], distance: Distance = .integer) {
        self = orTrap { try GaussianKernel.checked(variances: variances, distance: distance) }
    }

    /// `init(bandwidths:distance:)`, throwing instead of trapping.
    public static func checked(bandwidths: [Double], distance: Distance = .integer) throws(QGenError) -> GaussianKernel {
        try require(!bandwidths.isEmpty, "a kernel needs at least one bandwidth")
        for s in bandwidths {
            try require(s.isFinite && s > 0, "a bandwidth must be positive and finite, got \(s)")
        }
        return GaussianKernel(uncheckedBandwidths: bandwidths, distance: distance)
    }

    /// `init(variances:distance:)`, throwing instead of trapping.
    public static func checked(variances: [Double], distance: Distance = .integer) throws(QGenError) -> GaussianKernel {
        try require(!variances.isEmpty, "a kernel needs at least one variance")
        for v in variances {
            try require(v.isFinite && v > 0, "a variance must be positive and finite, got \(v)")
        }
        return GaussianKernel(uncheckedBandwidths: variances.map { $0.squareRoot() }, distance: distance)
    }

    private init(uncheckedBandwidths: [Double], distance: Distance) {
        bandwidths = uncheckedBandwidths
        self.distance = distance
    }

    /// The kernel as a function of the distance d (|x − y| or the Hamming distance).
    public func value(atDistance d: Int) -> Double {
        let d2 = distance == .integer ? Double(d) * Double(d) : Double(d)
        var s = 0.0
        for sigma in bandwidths { s += exp(-d2 / (2 * sigma * sigma)) }
        return s / Double(bandwidths.count)
    }

    /// k(x, y) for two outcome indices.
    public func callAsFunction(_ x: Int, _ y: Int) -> Double {
        value(atDistance: distance == .integer ? abs(x - y) : (x ^ y).nonzeroBitCount)
    }

    /// The dense 2ⁿ×2ⁿ matrix (for teaching and checks; `apply` never forms it).
    public func matrix(bits n: Int) -> [[Double]] {
        orTrap { try checkedMatrix(bits: n) }
    }

    /// `matrix(bits:)`, throwing instead of trapping; at most 12 bits (16 M entries).
    public func checkedMatrix(bits n: Int) throws(QGenError) -> [[Double]] {
        try require(n >= 1 && n <= 12, "a dense kernel matrix is offered for 1...12 bits, got \(n)")
        let size = 1 << n
        return (0..<size).map { x in (0..<size).map { y in self(x, y) } }
    }

    /// K·v for a vector over the 2ⁿ outcomes, in O(2ⁿ log 2ⁿ) or over the kernel's band.
    public func apply(_ v: [Double]) -> [Double] {
        orTrap { try checkedApply(v) }
    }

    /// `apply(_:)`, throwing instead of trapping.
    public func checkedApply(_ v: [Double]) throws(QGenError) -> [Double] {
        let n = try Distribution.bitCount(ofLength: v.count)
        switch distance {
        case .integer:
            let g = (0..<v.count).map { value(atDistance: $0) }
            return Transforms.symmetricToeplitz(g, v)
        case .hamming:
            var w = v
            Transforms.walshHadamard(&w)
            let lambda = eigenvalues(bits: n)
            for s in w.indices { w[s] *= lambda[s] / Double(v.count) }
            Transforms.walshHadamard(&w)
            return w
        }
    }

    /// The Hamming kernel's eigenvalues in the Walsh–Hadamard basis: for one bandwidth,
    /// λₛ = (1 + a)^{n−|s|}(1 − a)^{|s|} with a = e^{−1/(2σ²)}; a mixture averages them.
    func eigenvalues(bits n: Int) -> [Double] {
        var lambda = [Double](repeating: 0, count: 1 << n)
        for sigma in bandwidths {
            let a = exp(-1 / (2 * sigma * sigma))
            var plus = [Double](repeating: 1, count: n + 1), minus = plus
            for k in 1...max(1, n) where k <= n { plus[k] = plus[k - 1] * (1 + a); minus[k] = minus[k - 1] * (1 - a) }
            for s in lambda.indices {
                let w = s.nonzeroBitCount
                lambda[s] += plus[n - w] * minus[w]
            }
        }
        return lambda.map { $0 / Double(bandwidths.count) }
    }
}

extension GaussianKernel: CustomStringConvertible {
    public var description: String {
        "GaussianKernel(bandwidths: \(bandwidths)\(distance == .hamming ? ", distance: .hamming" : ""))"
    }
}
