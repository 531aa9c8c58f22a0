/// The squared maximum mean discrepancy between two distributions, exactly:
/// MMD² = (p − q)ᵀ K (p − q), with the Gaussian kernel on integer values of standard deviations
/// `bandwidths` (see `GaussianKernel`).
public func mmd(_ p: Distribution, _ q: Distribution, bandwidths: [Double] = [1.0]) -> Double {
    orTrap { try checkedMMD(p, q, kernel: GaussianKernel.checked(bandwidths: bandwidths)) }
}

/// The exact MMD² with any Gaussian kernel.
public func mmd(_ p: Distribution, _ q: Distribution, kernel: GaussianKernel) -> Double {
    orTrap { try checkedMMD(p, q, kernel: kernel) }
}

/// `mmd(_:_:kernel:)`, throwing instead of trapping.
public func checkedMMD(_ p: Distribution, _ q: Distribution, kernel: GaussianKernel) throws(QGenError) -> Double {
    try p.requireSameBits(q, "mmd")
    return try MMDMath.squared(p.probabilities, q.probabilities, kernel: kernel).value
}

/// How MMD² is estimated from samples x₁…xₘ ~ p and y₁…yₙ ~ q.
public enum MMDEstimator: String, Codable, Hashable, Sendable {
    /// The V-statistic: the exact MMD² of the two empirical distributions (biased upwards).
    case biased
    /// The U-statistic: pairs of a sample with itself left out (unbiased; may be negative).
    case unbiased
}

/// MMD² estimated from two sets of samples (outcome indices of `qubits` bits).
public func mmd(samples x: [Int], _ y: [Int], qubits: Int, kernel: GaussianKernel,
                estimator: MMDEstimator = .unbiased) -> Double {
    orTrap { try checkedMMD(samples: x, y, qubits: qubits, kernel: kernel, estimator: estimator) }
}

/// `mmd(samples:_:qubits:kernel:estimator:)`, throwing instead of trapping.
public func checkedMMD(samples x: [Int], _ y: [Int], qubits: Int, kernel: GaussianKernel,
                       estimator: MMDEstimator = .unbiased) throws(QGenError) -> Double {
    try Distribution.validate(bits: qubits)
    let minimum = estimator == .unbiased ? 2 : 1
    try require(x.count >= minimum && y.count >= minimum,
                "the \(estimator.rawValue) estimator needs at least \(minimum) sample\(minimum == 1 ? "" : "s") on each side, got \(x.count) and \(y.count)")
    for s in x + y {
        try require(s >= 0 && s < 1 << qubits, "sample \(s) is not an outcome of \(qubits) bits (0...\((1 << qubits) - 1))")
    }
    let m = Double(x.count), n = Double(y.count)
    // Sums over all pairs, through histograms when that is cheaper than pairwise sums.
    let pairwise = x.count * x.count + y.count * y.count + x.count * y.count
    let sXX: Double, sYY: Double, sXY: Double
    if pairwise <= 8 * (1 << qubits) * max(1, qubits) {
        sXX = MMDMath.pairSum(x, x, kernel); sYY = MMDMath.pairSum(y, y, kernel); sXY = MMDMath.pairSum(x, y, kernel)
    } else {
        var cx = [Double](repeating: 0, count: 1 << qubits), cy = cx
        for s in x { cx[s] += 1 }
        for s in y { cy[s] += 1 }
        let kx = try kernel.checkedApply(cx), ky = try kernel.checkedApply(cy)
        sXX = MMDMath.dot(cx, kx); sYY = MMDMath.dot(cy, ky); sXY = MMDMath.dot(cx, ky)
    }
    switch estimator {
    case .biased:
        return sXX / (m * m) + sYY / (n * n) - 2 * sXY / (m * n)
    case .unbiased:
        let k0 = kernel.value(atDistance: 0)   // k(x, x): the diagonal left out
        return (sXX - m * k0) / (m * (m - 1)) + (sYY - n * k0) / (n * (n - 1)) - 2 * sXY / (m * n)
    }
}

/// The arithmetic shared by MMD's functions and losses.
enum MMDMath {
    /// MMD² = dᵀKd with d = p − q, and its gradient with respect to p, 2Kd.
    static func squared(_ p: [Double], _ q: [Double], kernel: GaussianKernel) throws(QGenError) -> (value: Double, gradient: [Double]) {
        var d = p
        for i in d.indices { d[i] -= q[i] }
        let kd = try kernel.checkedApply(d)
        return (dot(d, kd), kd.map { 2 * $0 })
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var s = 0.0
        for i in a.indices { s += a[i] * b[i] }
        return s
    }

    static func pairSum(_ a: [Int], _ b: [Int], _ kernel: GaussianKernel) -> Double {
        var s = 0.0
        for x in a { for y in b { s += kernel(x, y) } }
        return s
    }
}
