import QSim

/// Uniform bit strings z for the IQP estimator, packed 64 samples to a machine word: qubit q's
/// bits for samples 64w…64w+63 are `words[q][w]`. A gate's parity (−1)^{g·z} for 64 samples is
/// then the XOR of its qubits' words, computed once per gate and shared by every operator.
///
/// Drawn from the generator in the order the unpacked estimator drew them (sample-major, one
/// `next()` per qubit, its lowest bit), so packed and unpacked estimates are the same numbers.
struct PackedSamples {
    let count: Int
    let qubits: Int
    /// `words[q][w]`, bit `s % 64` of word `s / 64` for sample `s`.
    let words: [[UInt64]]

    init(count: Int, qubits: Int, rng: inout SeededGenerator) {
        self.count = count
        self.qubits = qubits
        let wordCount = (count + 63) / 64
        var words = [[UInt64]](repeating: [UInt64](repeating: 0, count: wordCount), count: qubits)
        for s in 0..<count {
            let w = s >> 6, bit = UInt64(1) << UInt64(s & 63)
            for q in 0..<qubits where rng.next() & 1 == 1 { words[q][w] |= bit }
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
