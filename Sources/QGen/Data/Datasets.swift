import QSim

/// The target distributions of the course's experiments.
public enum Datasets {
    /// Bars and stripes on a `rows`×`cols` grid, uniform over the 2^rows + 2^cols − 2 valid
    /// patterns (the empty and the full grid are both a bar and a stripe pattern, counted once).
    /// Pixel (r, c) is bit r·cols + c, so bit 0 (the most significant) is the top-left pixel.
    public static func barsAndStripes(rows: Int, cols: Int) -> Distribution {
        orTrap { try checkedBarsAndStripes(rows: rows, cols: cols) }
    }

    /// `barsAndStripes(rows:cols:)`, throwing instead of trapping.
    public static func checkedBarsAndStripes(rows: Int, cols: Int) throws(QGenError) -> Distribution {
        try require(rows >= 1 && cols >= 1 && rows * cols <= Distribution.maximumBits,
                    "bars and stripes needs rows ≥ 1, cols ≥ 1 and rows × cols ≤ \(Distribution.maximumBits), got \(rows)×\(cols)")
        return try Distribution.checkedUniform(over: barsAndStripesPatterns(rows: rows, cols: cols), qubits: rows * cols)
    }

    /// The valid bars-and-stripes patterns as outcome indices, ascending.
    public static func barsAndStripesPatterns(rows: Int, cols: Int) -> [Int] {
        let n = rows * cols
        var patterns = Set<Int>()
        // Stripes: each row on or off; bars: each column on or off.
        for mask in 0..<(1 << rows) {
            var x = 0
            for r in 0..<rows where mask >> r & 1 == 1 { for c in 0..<cols { x |= 1 << (n - 1 - (r * cols + c)) } }
            patterns.insert(x)
        }
        for mask in 0..<(1 << cols) {
            var x = 0
            for c in 0..<cols where mask >> c & 1 == 1 { for r in 0..<rows { x |= 1 << (n - 1 - (r * cols + c)) } }
            patterns.insert(x)
        }
        return patterns.sorted()
    }

    /// A mixture of Gaussians discretised on the integers 0..<2ⁿ: p(x) ∝ Σᵢ wᵢ·exp(−(x−μᵢ)²/(2σᵢ²)),
    /// normalised over the grid. Weights default to equal.
    public static func gaussianMixture(qubits n: Int, means: [Double], widths: [Double], weights: [Double]? = nil) -> Distribution {
        orTrap { try checkedGaussianMixture(qubits: n, means: means, widths: widths, weights: weights) }
    }

    /// `gaussianMixture(qubits:means:widths:weights:)`, throwing instead of trapping.
    public static func checkedGaussianMixture(qubits n: Int, means: [Double], widths: [Double],
                                              weights: [Double]? = nil) throws(QGenError) -> Distribution {
        try Distribution.validate(bits: n)
        try require(!means.isEmpty, "a mixture needs at least one component")
        try require(widths.count == means.count, "a mixture needs one width per mean: \(means.count) means, \(widths.count) widths")
        let w = weights ?? [Double](repeating: 1, count: means.count)
        try require(w.count == means.count, "a mixture needs one weight per mean: \(means.count) means, \(w.count) weights")
        try require(means.allSatisfy(\.isFinite), "the means must be finite")
        try require(widths.allSatisfy { $0.isFinite && $0 > 0 }, "the widths must be positive and finite")
        try require(w.allSatisfy { $0.isFinite && $0 >= 0 } && w.contains { $0 > 0 }, "the weights must be non-negative, not all zero")
        var p = [Double](repeating: 0, count: 1 << n)
        for x in p.indices {
            for i in means.indices {
                let d = Double(x) - means[i]
                p[x] += w[i] * exp(-d * d / (2 * widths[i] * widths[i]))
            }
        }
        let total = p.reduce(0, +)
        try require(total > 0, "the mixture has no mass on the grid 0...\((1 << n) - 1)")
        return Distribution(bits: n, uncheckedProbabilities: p.map { $0 / total })
    }

    /// Liu & Wang's (2018) double Gaussian on n bits: means 2/7·2ⁿ and 5/7·2ⁿ, width 2ⁿ/8, equal weights.
    public static func doubleGaussian(qubits n: Int) -> Distribution {
        orTrap { try checkedDoubleGaussian(qubits: n) }
    }

    /// `doubleGaussian(qubits:)`, throwing instead of trapping.
    public static func checkedDoubleGaussian(qubits n: Int) throws(QGenError) -> Distribution {
        try Distribution.validate(bits: n)
        let size = Double(1 << n)
        return try checkedGaussianMixture(qubits: n, means: [2 * size / 7, 5 * size / 7], widths: [size / 8, size / 8])
    }

    /// A log-normal density (of ln X ~ N(mu, sigma²)) discretised on 2ⁿ evenly spaced points
    /// from `range.lowerBound` to `range.upperBound` and normalised, as Zoufal et al. (2019) load it.
    public static func logNormal(qubits n: Int, mu: Double = 1, sigma: Double = 1, range: ClosedRange<Double> = 0...7) -> Distribution {
        orTrap { try checkedLogNormal(qubits: n, mu: mu, sigma: sigma, range: range) }
    }

    /// `logNormal(qubits:mu:sigma:range:)`, throwing instead of trapping.
    public static func checkedLogNormal(qubits n: Int, mu: Double = 1, sigma: Double = 1,
                                        range: ClosedRange<Double> = 0...7) throws(QGenError) -> Distribution {
        try Distribution.validate(bits: n)
        try require(mu.isFinite && sigma.isFinite && sigma > 0, "a log-normal needs a finite mu and a positive sigma")
        try require(range.lowerBound.isFinite && range.upperBound.isFinite && range.lowerBound >= 0
                    && range.upperBound > range.lowerBound, "the range must be finite, non-negative and not empty")
        let count = 1 << n
        let step = (range.upperBound - range.lowerBound) / Double(count - 1)
        var p = [Double](repeating: 0, count: count)
        for i in 0..<count {
            let x = range.lowerBound + Double(i) * step
            if x > 0 {
                let z = (log(x) - mu) / sigma
                p[i] = exp(-z * z / 2) / x
            }
        }
        let total = p.reduce(0, +)
        try require(total > 0, "the log-normal has no mass on the grid")
        return Distribution(bits: n, uncheckedProbabilities: p.map { $0 / total })
    }

    /// The x values of `logNormal`'s grid, for plotting it against its outcomes.
    public static func grid(qubits n: Int, range: ClosedRange<Double>) -> [Double] {
        let count = 1 << max(0, min(n, Distribution.maximumBits))
        if count == 1 { return [range.lowerBound] }
        let step = (range.upperBound - range.lowerBound) / Double(count - 1)
        return (0..<count).map { range.lowerBound + Double($0) * step }
    }

    /// Zoufal et al.'s data: `count` samples of e^{μ + σZ} (Z standard normal), rounded to
    /// integers, those above 2ⁿ − 1 dropped; their empirical distribution. Seeded.
    public static func roundedLogNormal(qubits n: Int, mu: Double = 1, sigma: Double = 1, count: Int = 20_000, seed: Int = 0) -> Distribution {
        orTrap { try checkedRoundedLogNormal(qubits: n, mu: mu, sigma: sigma, count: count, seed: seed) }
    }

    /// `roundedLogNormal(...)`, throwing instead of trapping.
    public static func checkedRoundedLogNormal(qubits n: Int, mu: Double = 1, sigma: Double = 1, count: Int = 20_000,
                                               seed: Int = 0) throws(QGenError) -> Distribution {
        try Distribution.validate(bits: n)
        try require(mu.isFinite && sigma.isFinite && sigma > 0, "a log-normal needs a finite mu and a positive sigma")
        try require(count >= 1 && count <= 100_000_000, "count must be in 1...100000000, got \(count)")
        var rng = SeededGenerator(seed: seed)
        var counts = [Int](repeating: 0, count: 1 << n)
        for _ in 0..<count {
            let x = exp(mu + sigma * rng.nextGaussian()).rounded()
            if x <= Double((1 << n) - 1) { counts[Int(x)] += 1 }
        }
        return try Distribution.checked(counts: counts)
    }

    /// Amin et al.'s data (their Eq. 53): M random modes sᵏ ∈ {0,1}ⁿ, each spreading to the other
    /// strings by independent bit flips, P(v) = (1/M) Σₖ p^{n − dₖ(v)} (1 − p)^{dₖ(v)} with dₖ the
    /// Hamming distance to mode k.
    public static func amin(units n: Int, modes m: Int = 8, p: Double = 0.9, seed: Int = 0) -> Distribution {
        orTrap { try checkedAmin(units: n, modes: m, p: p, seed: seed) }
    }

    public static func checkedAmin(units n: Int, modes m: Int = 8, p: Double = 0.9, seed: Int = 0) throws(QGenError) -> Distribution {
        try require(n >= 1 && n <= 20, "1...20 units, got \(n)")
        try require(m >= 1 && m <= 1000, "1...1000 modes, got \(m)")
        try require(p > 0 && p < 1, "p must be in (0, 1), got \(p)")
        var random = SeededGenerator(seed: UInt64(truncatingIfNeeded: seed))
        let centres = (0..<m).map { _ in random.nextInt(below: 1 << n) }
        let probabilities = (0..<(1 << n)).map { v in
            centres.map { c -> Double in
                let d = (v ^ c).nonzeroBitCount
                return pow(p, Double(n - d)) * pow(1 - p, Double(d))
            }.reduce(0, +) / Double(m)
        }
        return Distribution(bits: n, uncheckedProbabilities: probabilities)
    }
}
