import Foundation

/// Choosing σ from the data. The median heuristic takes the median Euclidean distance between
/// data points (on bits, the square root of the Hamming distance), over every ordered pair of the
/// first 1,000 rows, a row with itself included, as iqpopt's `median_heuristic` does. The paper's
/// bandwidth range runs from the σ whose operators hold two qubits on average, p_σ·n = 2, that is
/// σ = 1/√(−2 ln(1 − 4/n)), to the square root of that median.
extension IQPModel {
    public static func medianHeuristic(data: [[Int]]) -> Double { orTrap { try checkedMedianHeuristic(data: data) } }

    public static func checkedMedianHeuristic(data: [[Int]]) throws(QGenError) -> Double {
        let n = data.first?.count ?? 0
        try require(n >= 1, "the data must hold bit strings of at least one bit")
        let rows = try validate(Array(data.prefix(1000)), qubits: n)
        let packed = rows.map { x -> [UInt64] in
            var words = [UInt64](repeating: 0, count: (n + 63) / 64)
            for q in 0..<n where x[q] { words[q >> 6] |= 1 << UInt64(q & 63) }
            return words
        }
        // Hamming distances are integers: count them, then read the median off the counts.
        var counts = [Int](repeating: 0, count: n + 1)
        for a in packed {
            for b in packed {
                var h = 0
                for w in 0..<a.count { h += (a[w] ^ b[w]).nonzeroBitCount }
                counts[h] += 1
            }
        }
        let total = packed.count * packed.count
        func value(at rank: Int) -> Double {
            var seen = 0
            for (h, c) in counts.enumerated() {
                seen += c
                if seen > rank { return Double(h).squareRoot() }
            }
            return Double(n).squareRoot()
        }
        // numpy's median: the middle value, or the mean of the two middle values.
        return total % 2 == 1 ? value(at: total / 2) : (value(at: total / 2 - 1) + value(at: total / 2)) / 2
    }

    /// `count` bandwidths evenly spaced from the σ of mean operator weight 2 to √(median heuristic).
    public static func bandwidthHeuristic(data: [[Int]], count: Int = 1) -> [Double] {
        orTrap { try checkedBandwidthHeuristic(data: data, count: count) }
    }

    public static func checkedBandwidthHeuristic(data: [[Int]], count: Int = 1) throws(QGenError) -> [Double] {
        try require(count >= 1 && count <= 1000, "count must be in 1...1000, got \(count)")
        let n = data.first?.count ?? 0
        try require(n > 4, "the heuristic's smallest σ needs more than 4 bits, got \(n)")
        let low = 1 / (-2 * log(1 - 4 / Double(n))).squareRoot()
        let high = try checkedMedianHeuristic(data: data).squareRoot()
        if count == 1 { return [low] }
        return (0..<count).map { low + (high - low) * Double($0) / Double(count - 1) }
    }
}
