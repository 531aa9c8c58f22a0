import QSim

/// A probability distribution over the 2ⁿ bit strings of n bits, indexed as QSim indexes basis
/// states: bit 0 is the most significant bit of the index.
///
/// Built from probabilities, counts or samples; the probabilities are checked (non-negative,
/// summing to 1 within 1e-9) and stored renormalised, so every distribution sums to 1.
public struct Distribution: Codable, Hashable, Sendable {
    /// The number of bits (qubits) of each outcome.
    public let bits: Int
    /// One probability per outcome, in index order; sums to 1.
    public let probabilities: [Double]

    /// √p for every outcome: the real amplitudes of a state whose measurement gives this
    /// distribution (to start a Born machine from it, `BornMachine(…, initialState:)`).
    public var amplitudes: [Double] { probabilities.map { $0.squareRoot() } }

    /// The same as `bits`, named as a circuit's register is.
    public var qubits: Int { bits }
    /// The number of outcomes, 2ⁿ.
    public var count: Int { probabilities.count }

    /// The largest number of bits a distribution may have (2²⁶ outcomes, 512 MiB).
    public static let maximumBits = 26

    /// Probabilities as given; traps unless they form a distribution over 2ⁿ outcomes.
    public init(probabilities: [Double]) {
        self = orTrap { try Distribution.checked(probabilities: probabilities) }
    }

    /// `init(probabilities:)`, throwing instead of trapping.
    public static func checked(probabilities p: [Double]) throws(QGenError) -> Distribution {
        let n = try bitCount(ofLength: p.count)
        var total = 0.0
        for (i, x) in p.enumerated() {
            try require(x.isFinite, "probability \(i) is \(x), not a finite number")
            try require(x >= -1e-12, "probability \(i) is negative (\(NumberFormat.short(x)))")
            total += max(x, 0)
        }
        try require(abs(total - 1) <= 1e-9,
                    "probabilities must sum to 1, but they sum to \(NumberFormat.short(total, digits: 12))")
        return Distribution(bits: n, uncheckedProbabilities: p.map { max($0, 0) / total })
    }

    /// The empirical distribution of counts, one per outcome (length 2ⁿ, not all zero).
    public init(counts: [Int]) {
        self = orTrap { try Distribution.checked(counts: counts) }
    }

    /// `init(counts:)`, throwing instead of trapping.
    public static func checked(counts: [Int]) throws(QGenError) -> Distribution {
        let n = try bitCount(ofLength: counts.count)
        if let i = counts.firstIndex(where: { $0 < 0 }) { throw .invalidArgument("count \(i) is negative (\(counts[i]))") }
        let total = counts.reduce(0, +)
        try require(total > 0, "counts must not all be zero")
        return Distribution(bits: n, uncheckedProbabilities: counts.map { Double($0) / Double(total) })
    }

    /// The empirical distribution of samples (outcome indices in 0..<2ⁿ).
    public init(samples: [Int], qubits: Int) {
        self = orTrap { try Distribution.checked(samples: samples, qubits: qubits) }
    }

    /// `init(samples:qubits:)`, throwing instead of trapping.
    public static func checked(samples: [Int], qubits n: Int) throws(QGenError) -> Distribution {
        try validate(bits: n)
        try require(!samples.isEmpty, "there must be at least one sample")
        var counts = [Int](repeating: 0, count: 1 << n)
        for s in samples {
            try require(s >= 0 && s < 1 << n, "sample \(s) is not an outcome of \(n) bits (0...\((1 << n) - 1))")
            counts[s] += 1
        }
        return try checked(counts: counts)
    }

    /// The uniform distribution over n bits.
    public static func uniform(qubits n: Int) -> Distribution {
        orTrap { try checkedUniform(qubits: n) }
    }

    /// `uniform(qubits:)`, throwing instead of trapping.
    public static func checkedUniform(qubits n: Int) throws(QGenError) -> Distribution {
        try validate(bits: n)
        return Distribution(bits: n, uncheckedProbabilities: [Double](repeating: 1 / Double(1 << n), count: 1 << n))
    }

    /// The uniform distribution over the given outcomes (repeats count once).
    public static func uniform(over outcomes: [Int], qubits n: Int) -> Distribution {
        orTrap { try checkedUniform(over: outcomes, qubits: n) }
    }

    /// `uniform(over:qubits:)`, throwing instead of trapping.
    public static func checkedUniform(over outcomes: [Int], qubits n: Int) throws(QGenError) -> Distribution {
        try validate(bits: n)
        var p = [Double](repeating: 0, count: 1 << n)
        for s in outcomes {
            try require(s >= 0 && s < 1 << n, "outcome \(s) is not an outcome of \(n) bits (0...\((1 << n) - 1))")
            p[s] = 1
        }
        let k = p.reduce(0, +)
        try require(k > 0, "a uniform distribution needs at least one outcome")
        return Distribution(bits: n, uncheckedProbabilities: p.map { $0 / k })
    }

    init(bits: Int, uncheckedProbabilities p: [Double]) {
        self.bits = bits
        self.probabilities = p
    }

    /// The probability of one outcome, by index.
    public subscript(outcome: Int) -> Double { probabilities[outcome] }

    /// The probability of the outcome written as a bit string ("101"; bit 0 first).
    public func probability(of bitstring: String) -> Double {
        orTrap { try checkedProbability(of: bitstring) }
    }

    /// `probability(of:)`, throwing instead of trapping.
    public func checkedProbability(of bitstring: String) throws(QGenError) -> Double {
        try require(bitstring.count == bits, "\"\(bitstring)\" has \(bitstring.count) bits; this distribution has \(bits)")
        var index = 0
        for ch in bitstring {
            try require(ch == "0" || ch == "1", "\"\(bitstring)\" is not a bit string of 0s and 1s")
            index = index << 1 | (ch == "1" ? 1 : 0)
        }
        return probabilities[index]
    }

    /// The outcomes with non-zero probability, in index order.
    public var support: [Int] { probabilities.indices.filter { probabilities[$0] > 0 } }

    /// Shannon entropy in nats (natural log), 0·log 0 = 0.
    public var entropy: Double {
        probabilities.reduce(0) { $1 > 0 ? $0 - $1 * log($1) : $0 }
    }

    /// The distribution of the listed bits, in the order listed (the first is the most
    /// significant bit of the marginal's index), summing out the others.
    public func marginal(qubits kept: [Int]) -> Distribution {
        orTrap { try checkedMarginal(qubits: kept) }
    }

    /// `marginal(qubits:)`, throwing instead of trapping.
    public func checkedMarginal(qubits kept: [Int]) throws(QGenError) -> Distribution {
        try require(!kept.isEmpty, "a marginal needs at least one bit")
        for q in kept { try require(q >= 0 && q < bits, "bit \(q) is out of range for \(bits) bits (0...\(bits - 1))") }
        try require(Set(kept).count == kept.count, "the bits of a marginal must be distinct, got \(kept)")
        var m = [Double](repeating: 0, count: 1 << kept.count)
        for (x, px) in probabilities.enumerated() where px > 0 {
            var y = 0
            for q in kept { y = y << 1 | ((x >> (bits - 1 - q)) & 1) }
            m[y] += px
        }
        return Distribution(bits: kept.count, uncheckedProbabilities: m)
    }

    /// `shots` outcome indices drawn independently, reproducible for a seed.
    public func sample(shots: Int, seed: Int) -> [Int] {
        orTrap { try checkedSample(shots: shots, seed: seed) }
    }

    /// `sample(shots:seed:)`, throwing instead of trapping.
    public func checkedSample(shots: Int, seed: Int) throws(QGenError) -> [Int] {
        try sim { () throws(QSimError) in
            try Sampler.checked(probabilities: probabilities).checkedSample(shots: shots, seed: seed)
        }
    }

    /// The bit string of an outcome index ("101"), bit 0 first.
    public func bitstring(_ outcome: Int) -> String {
        StateVector.bitstring(outcome, qubits: bits)
    }

    static func validate(bits n: Int) throws(QGenError) {
        try require(n >= 1 && n <= maximumBits, "a distribution has 1...\(maximumBits) bits, got \(n)")
    }

    static func bitCount(ofLength length: Int) throws(QGenError) -> Int {
        try require(length >= 2 && length & (length - 1) == 0,
                    "the number of outcomes must be a power of two (at least 2), got \(length)")
        let n = length.trailingZeroBitCount
        try validate(bits: n)
        return n
    }

    /// Throws unless `other` is over the same number of bits.
    func requireSameBits(_ other: Distribution, _ what: String) throws(QGenError) {
        if other.bits != bits { throw .sizeMismatch(what: "\(what): number of bits", expected: bits, got: other.bits) }
    }
}

extension Distribution: CustomStringConvertible {
    /// The outcomes with non-zero probability as `bits: probability`, at most 16 of them.
    public var description: String {
        let shown = support.prefix(16).map { "\(bitstring($0)): \(NumberFormat.short(probabilities[$0], digits: 4))" }
        let more = support.count > 16 ? ", … (\(support.count - 16) more)" : ""
        return "Distribution(bits: \(bits); \(shown.joined(separator: ", "))\(more))"
    }
}
