/// The portable seeded generator of QSim (and of everything built on it): xoshiro256** of
/// Blackman and Vigna, its 256-bit state filled from the 64-bit seed by SplitMix64.
///
/// Same seed, same stream on every machine: it uses only 64-bit integer arithmetic.
/// `nextDouble()` takes the top 53 bits: `Double(x >> 11) * 2⁻⁵³`, uniform in [0, 1).
public struct SeededGenerator: RandomNumberGenerator, Codable, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var sm = seed
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// Seeds from an `Int` (negative seeds are their two's-complement bit pattern).
    public init(seed: Int) { self.init(seed: UInt64(bitPattern: Int64(seed))) }

    @inlinable @inline(__always)
    static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform integer in 0..<bound by Lemire's multiply-and-reject (portable, unbiased).
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// A standard normal deviate (Box–Muller with the sine branch discarded: simple, portable).
    public mutating func nextGaussian() -> Double {
        let u1 = 1.0 - nextDouble()   // (0, 1]
        let u2 = nextDouble()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
