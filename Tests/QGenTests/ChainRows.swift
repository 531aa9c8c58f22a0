import QSim

/// Test data for the IQP estimators: seeded rows of bits in which each bit repeats the previous
/// one except with probability `flip` (a classical chain, so the rows are correlated), and a
/// row's index with its first bit the most significant, as QGen's distributions order them.
enum ChainRows {
    static func rows(_ n: Int, _ count: Int, seed: Int, flip: Double = 0.3) -> [[Int]] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var b = Int(rng.next() & 1)
            return (0..<n).map { _ in if rng.nextDouble() < flip { b ^= 1 }; return b }
        }
    }

    static func index(_ x: [Int]) -> Int { x.reduce(0) { $0 << 1 | $1 } }
}
