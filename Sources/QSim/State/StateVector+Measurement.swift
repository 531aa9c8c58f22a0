extension StateVector {
    /// |aᵢ|² for every basis state (index = basis state, qubit 0 most significant).
    public func probabilities() -> [Double] {
        var p = [Double](repeating: 0, count: count)
        let re = storage.re, im = storage.im
        p.withUnsafeMutableBufferPointer { out in
            let o = UncheckedSendable(out.baseAddress!)
            Parallelism.default.forEachChunk(count: count, granularity: 64) { range in
                for i in range { o.value[i] = re[i] * re[i] + im[i] * im[i] }
            }
        }
        return p
    }

    /// Probabilities of the outcomes of measuring only `qubits` (in that order: the first listed
    /// qubit is the most significant bit of the result index).
    public func marginalProbabilities(qubits subset: [Int]) -> [Double] {
        orTrap { try checkedMarginalProbabilities(qubits: subset) }
    }

    /// `marginalProbabilities(qubits:)`, throwing instead of trapping.
    public func checkedMarginalProbabilities(qubits subset: [Int]) throws(QSimError) -> [Double] {
        try validate(qubits: subset)
        if subset.count > 30 { throw .unsupported("marginals of more than 30 qubits are not supported (got \(subset.count))") }
        let p = probabilities()
        let k = subset.count
        var out = [Double](repeating: 0, count: 1 << k)
        let shifts = subset.map { qubits - 1 - $0 }
        for i in 0..<count {
            var m = 0
            for s in shifts { m = (m << 1) | ((i >> s) & 1) }
            out[m] += p[i]
        }
        return out
    }

    /// Throws unless `subset` lists distinct qubits of this state (at least one).
    public func validate(qubits subset: [Int]) throws(QSimError) {
        if subset.isEmpty { throw .wrongQubitCount(gate: "marginal", expected: 1, got: 0) }
        for q in subset where q < 0 || q >= qubits { throw .qubitOutOfRange(qubit: q, qubits: qubits) }
        if Set(subset).count != subset.count { throw .duplicateQubits(subset) }
    }

    /// Probability that `qubit` reads 1.
    public func probabilityOfOne(_ qubit: Int) -> Double {
        orTrap { try checkedProbabilityOfOne(qubit) }
    }

    /// `probabilityOfOne(_:)`, throwing instead of trapping.
    public func checkedProbabilityOfOne(_ qubit: Int) throws(QSimError) -> Double {
        try checkedMarginalProbabilities(qubits: [qubit])[1]
    }

    /// The bitstring of a basis index on `qubits` qubits, qubit 0 first: `bitstring(4, qubits: 3)` = "100".
    public static func bitstring(_ index: Int, qubits: Int) -> String {
        var chars = [Character](repeating: "0", count: qubits)
        for q in 0..<qubits where (index >> (qubits - 1 - q)) & 1 == 1 { chars[q] = "1" }
        return String(chars)
    }

    /// Counts of bitstrings (qubit 0 first) among `shots` samples drawn with `seed`.
    public func counts(shots: Int, seed: Int) -> [String: Int] {
        orTrap { try checkedCounts(shots: shots, seed: seed) }
    }

    /// `counts(shots:seed:)`, throwing instead of trapping.
    public func checkedCounts(shots: Int, seed: Int) throws(QSimError) -> [String: Int] {
        StateVector.counts(of: try checkedSample(shots: shots, seed: seed), qubits: qubits)
    }

    /// Counts of bitstrings among basis-state samples.
    public static func counts(of samples: [Int], qubits: Int) -> [String: Int] {
        var byIndex: [Int: Int] = [:]
        for s in samples { byIndex[s, default: 0] += 1 }
        var out: [String: Int] = [:]
        for (i, c) in byIndex { out[bitstring(i, qubits: qubits)] = c }
        return out
    }
}
