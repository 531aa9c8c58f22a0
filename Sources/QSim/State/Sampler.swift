/// Draws basis-state samples from a probability vector by inversion of the cumulative
/// distribution.
///
/// The result is defined shot by shot, so it can be reproduced anywhere:
/// 1. `cdf[i] = p[0] + … + p[i]`, summed left to right.
/// 2. Shot k takes the k-th number u of `SeededGenerator(seed)` (`nextDouble()`, 53 bits) and
///    returns the first index i with `cdf[i] > u`; a u at or above the last sum (possible
///    through rounding) maps to the last index with nonzero probability.
///
/// How it is fast: a guide table (Chen & Asau) of G = 2^k ≈ len/8 buckets, small enough for
/// the L2 cache, holds for bucket j the first i with cdf[i] > j/G; a shot in bucket ⌊u·G⌋
/// then needs a search among a handful of entries, done branch-free with a fixed number of
/// steps (the widest bucket's), so independent shots overlap their one cache miss each instead
/// of stalling on mispredicted branches.
public struct Sampler: Sendable {
    /// The cumulative sums, padded at the end with 2s (above any u) for the branch-free search.
    let padded: DoubleTable
    /// guide[j] = first index i with cdf[i] > j/G, for j in 0..<G.
    let guide: [Int32]
    /// Steps of the branch-free search: 2^steps exceeds every bucket's width.
    let steps: Int
    let count: Int
    let lastNonzero: Int

    /// The cumulative distribution (left-to-right sums of the probabilities).
    public var cdf: [Double] { Array(UnsafeBufferPointer(start: padded.base, count: count)) }

    /// Throws unless `probabilities` is non-empty, non-negative, finite and sums to 1 within 1e-6.
    public static func validate(probabilities p: [Double]) throws(QSimError) {
        if p.isEmpty { throw .invalidLength(0) }
        if p.count > Int(Int32.max) / 2 { throw .invalidLength(p.count) }
        var total = 0.0
        for x in p {
            if !x.isFinite || x < 0 { throw .invalidProbability(what: "every probability", value: x) }
            total += x
        }
        if abs(total - 1) > 1e-6 { throw .invalidProbability(what: "the sum of the probabilities", value: total) }
    }

    /// `init(probabilities:)`, throwing instead of trapping.
    public static func checked(probabilities p: [Double]) throws(QSimError) -> Sampler {
        try validate(probabilities: p)
        return Sampler(probabilities: p)
    }

    public init(probabilities p: [Double]) {
        requireValid { try Sampler.validate(probabilities: p) }
        let n = p.count
        // The padding depends on the widest bucket, so the sums are taken first, then copied once.
        var g = 1
        while g < n / 8 && g < 1 << 17 { g <<= 1 }
        var acc = 0.0
        var last = 0
        var sums = [Double](repeating: 0, count: n)
        sums.withUnsafeMutableBufferPointer { c in
            for i in 0..<n {
                acc += p[i]
                c[i] = acc
                if p[i] > 0 { last = i }
            }
        }
        var table = [Int32](repeating: 0, count: g)
        let step = 1 / Double(g)   // exact: g is a power of two
        var i = 0, widest = 1
        sums.withUnsafeBufferPointer { c in
            for j in 0..<g {
                let threshold = Double(j) * step
                while i < n - 1 && c[i] <= threshold { i += 1 }
                table[j] = Int32(i)
                if j > 0 { widest = max(widest, Int(table[j] - table[j - 1]) + 1) }
            }
        }
        widest = max(widest, n - Int(table[g - 1]) + 1)
        var k = 0
        while (1 << k) <= widest { k += 1 }
        let storage = DoubleTable(count: n + (1 << k))
        sums.withUnsafeBufferPointer { storage.base.update(from: $0.baseAddress!, count: n) }
        (storage.base + n).update(repeating: 2, count: 1 << k)
        padded = storage
        guide = table
        steps = k
        count = n
        lastNonzero = last
    }

    /// `shots` samples from the generator seeded with `seed`.
    public func sample(shots: Int, seed: Int) -> [Int] {
        orTrap { try checkedSample(shots: shots, seed: seed) }
    }

    /// `shots` samples using (and advancing) `rng`, one number per shot.
    public func sample(shots: Int, using rng: inout SeededGenerator) -> [Int] {
        orTrap { try checkedSample(shots: shots, using: &rng) }
    }

    /// `sample(shots:seed:)`, throwing instead of trapping (and stopping at the caller's deadline).
    public func checkedSample(shots: Int, seed: Int) throws(QSimError) -> [Int] {
        var rng = SeededGenerator(seed: seed)
        return try checkedSample(shots: shots, using: &rng)
    }

    /// `sample(shots:using:)`, throwing instead of trapping.
    public func checkedSample(shots: Int, using rng: inout SeededGenerator) throws(QSimError) -> [Int] {
        try StateVector.validate(shots: shots)
        try MemoryGuard.check(resultBytes: shots.multipliedReportingOverflow(by: 8).overflow ? Int.max : shots * 8, what: "\(shots) samples")
        var ticker = DeadlineTicker(interval: 1 << 20)
        var out = [Int](repeating: 0, count: shots)
        let scale = Double(guide.count), k = steps, last = lastNonzero
        let c = padded.base
        // Shots go in batches of 8, searched in lockstep with vector compare-and-select: eight
        // independent chains of loads in flight, and no data-dependent branch to mispredict
        // (a scalar select here is turned back into a branch by the compiler).
        typealias D8 = SIMD8<Double>
        typealias I8 = SIMD8<Int64>
        try guide.withUnsafeBufferPointer { (gt) throws(QSimError) in
            try out.withUnsafeMutableBufferPointer { (o) throws(QSimError) in
                var s = 0
                while s < shots {
                    try ticker.tick(8)
                    let b = min(8, shots - s)
                    var u = D8(repeating: 2), base = I8(repeating: 0)
                    for j in 0..<b {
                        let x = rng.nextDouble()
                        u[j] = x
                        base[j] = Int64(gt[Int(x * scale)])
                    }
                    // First i ≥ guide[bucket] with c[i] > u, in exactly k halvings.
                    var len: Int64 = 1 << k
                    for _ in 0..<k {
                        len &>>= 1
                        let probe = base &+ (len &- 1)
                        var cv = D8()
                        for j in 0..<8 { cv[j] = c[Int(probe[j])] }
                        base.replace(with: base &+ len, where: cv .<= u)
                    }
                    for j in 0..<b { o[s + j] = min(Int(base[j]), last) }
                    s += b
                }
            }
        }
        return out
    }
}

extension StateVector {
    /// `shots` basis-state indices drawn from |aᵢ|² with a seeded portable generator: the same
    /// seed gives the same samples on every machine (see `Sampler`).
    public func sample(shots: Int, seed: Int) -> [Int] {
        orTrap { try checkedSample(shots: shots, seed: seed) }
    }

    /// `sample(shots:seed:)`, throwing instead of trapping (and stopping at the caller's deadline).
    public func checkedSample(shots: Int, seed: Int) throws(QSimError) -> [Int] {
        try StateVector.validate(shots: shots)
        var p = probabilities()
        let total = p.reduce(0, +)
        if abs(total - 1) > 1e-12 { p = p.map { $0 / total } }   // rounding drift of long circuits
        return try Sampler(probabilities: p).checkedSample(shots: shots, seed: seed)
    }

    /// Throws unless `shots` ≥ 0.
    public static func validate(shots: Int) throws(QSimError) {
        if shots < 0 { throw .invalidShots(shots, minimum: 0) }
    }
}
