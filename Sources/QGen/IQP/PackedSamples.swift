import QSim

/// Bit strings packed 64 to a machine word, qubit by qubit: qubit q's bits for strings
/// 64w…64w+63 are `words[q][w]`. A gate's parity (−1)^{g·z} for 64 strings is then the XOR of its
/// qubits' words, computed once per gate and shared by every operator. Used for the estimator's
/// uniform z samples and for data (whose ⟨Z_a⟩ is then a popcount per word).
struct PackedSamples {
    let count: Int
    let qubits: Int
    /// `words[q][w]`, bit `s % 64` of word `s / 64` for string `s`.
    let words: [[UInt64]]

    /// Uniform strings, drawn in the order the unpacked estimator drew them (sample-major, one
    /// `next()` per qubit, its lowest bit), so packed and unpacked estimates are the same numbers.
    /// `evenParity` overwrites the last qubit with the parity of the others: uniform over the
    /// strings of even weight (the spin-symmetric circuit's estimator samples those).
    init(count: Int, qubits: Int, rng: inout SeededGenerator, evenParity: Bool = false) {
        self.count = count
        self.qubits = qubits
        let wordCount = (count + 63) / 64
        var words = [[UInt64]](repeating: [UInt64](repeating: 0, count: wordCount), count: qubits)
        for s in 0..<count {
            let w = s >> 6, bit = UInt64(1) << UInt64(s & 63)
            for q in 0..<qubits where rng.next() & 1 == 1 { words[q][w] |= bit }
        }
        if evenParity {
            for w in 0..<wordCount {
                var p: UInt64 = 0
                for q in 0..<(qubits - 1) { p ^= words[q][w] }
                words[qubits - 1][w] = p
            }
        }
        self.words = words
    }

    /// Given strings (validated 0/1 rows of length `qubits`), packed.
    init(rows: [[Bool]], qubits: Int) {
        count = rows.count
        self.qubits = qubits
        var words = [[UInt64]](repeating: [UInt64](repeating: 0, count: (rows.count + 63) / 64), count: qubits)
        for (s, x) in rows.enumerated() {
            let w = s >> 6, bit = UInt64(1) << UInt64(s & 63)
            for q in 0..<qubits where x[q] { words[q][w] |= bit }
        }
        self.words = words
    }

    var wordCount: Int { (count + 63) / 64 }

    /// The parity words of a gate on `qubits`: bit s set when an odd number of them are 1 in z_s.
    func parity(_ gate: [Int]) -> [UInt64] {
        var p = [UInt64](repeating: 0, count: wordCount)
        for q in gate {
            let row = words[q]
            for w in 0..<p.count { p[w] ^= row[w] }
        }
        return p
    }

    /// The mean of (−1)^{a·x} over the strings: ⟨Z_a⟩ of the empirical distribution.
    func meanZ(_ a: [Int]) -> Double {
        if a.isEmpty { return 1 }
        var odd = 0
        for w in 0..<wordCount {
            var p: UInt64 = 0
            for q in a { p ^= words[q][w] }
            odd += p.nonzeroBitCount
        }
        return Double(count - 2 * odd) / Double(count)
    }

    /// The phase Σⱼ 2θⱼ(−1)^{gⱼ·z} of every sample over the gates `active` (their parity words
    /// and angles), accumulated gate by gate in the order given.
    func phases(_ active: [(parity: [UInt64], theta: Double)]) -> [Double] {
        var phase = [Double](repeating: 0, count: count)
        phase.withUnsafeMutableBufferPointer { out in
            for (parity, theta) in active {
                let plus = 2 * theta, minus = -2 * theta
                for w in 0..<parity.count {
                    let bits = parity[w]
                    let base = w << 6
                    let end = min(64, count - base)
                    for b in 0..<end {
                        out[base + b] += (bits >> UInt64(b)) & 1 == 1 ? minus : plus
                    }
                }
            }
        }
        return phase
    }
}
