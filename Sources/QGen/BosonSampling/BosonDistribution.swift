import QSim

/// The exact output distribution of a BosonSampling experiment: every occupation pattern of
/// `photons` photons in `modes` modes, with its probability.
public struct BosonDistribution: Codable, Hashable, Sendable {
    public let modes: Int
    public let photons: Int
    /// Photons per output mode, one pattern per entry (see `BosonSampling.patterns`).
    public let patterns: [[Int]]
    public let probabilities: [Double]

    init(modes: Int, photons: Int, patterns: [[Int]], probabilities: [Double]) {
        self.modes = modes
        self.photons = photons
        self.patterns = patterns
        self.probabilities = probabilities
    }

    /// The probability of one pattern.
    public func probability(of pattern: [Int]) -> Double { orTrap { try checkedProbability(of: pattern) } }

    public func checkedProbability(of pattern: [Int]) throws(QGenError) -> Double {
        guard let i = patterns.firstIndex(of: pattern) else {
            throw .invalidArgument("\(pattern) is not a pattern of \(photons) photons in \(modes) modes")
        }
        return probabilities[i]
    }

    /// Whether a pattern has at most one photon in every mode.
    public static func isCollisionFree(_ pattern: [Int]) -> Bool { pattern.allSatisfy { $0 <= 1 } }

    /// The total probability of the collision-free patterns.
    public var collisionFreeProbability: Double {
        zip(patterns, probabilities).reduce(0) { $0 + (Self.isCollisionFree($1.0) ? $1.1 : 0) }
    }

    /// The total probability of the patterns with two or more photons in some mode.
    public var bunchedProbability: Double {
        zip(patterns, probabilities).reduce(0) { $0 + (Self.isCollisionFree($1.0) ? 0 : $1.1) }
    }

    /// `count` patterns drawn exactly from the distribution (inverse CDF, seeded).
    public func sample(count: Int, seed: Int) -> [[Int]] { orTrap { try checkedSample(count: count, seed: seed) } }

    public func checkedSample(count: Int, seed: Int) throws(QGenError) -> [[Int]] {
        try require(count >= 0 && count <= 10_000_000, "count must be in 0...10000000, got \(count)")
        var cumulative: [Double] = []
        cumulative.reserveCapacity(probabilities.count)
        var total = 0.0
        for p in probabilities {
            total += p
            cumulative.append(total)
        }
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            // Scaled by the total, so rounding in the sum never leaves a draw past the end.
            let u = rng.nextDouble() * total
            var lo = 0, hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
            }
            return patterns[lo]
        }
    }
}

extension BosonDistribution: CustomStringConvertible {
    public var description: String { "BosonDistribution(photons: \(photons), modes: \(modes), patterns: \(patterns.count))" }
}
