extension Tableau {
    /// Sets row `h` (every X and Z bit and the sign) to zero.
    mutating func clearRow(_ h: Int) {
        for w in 0..<words { x[h * words + w] = 0; z[h * words + w] = 0 }
        r[h] = 0
    }

    /// Row h ← row i · row h, with the sign from the phase exponents of the product (the
    /// function g of Aaronson–Gottesman, counted 64 qubits at a time).
    mutating func rowsum(_ h: Int, _ i: Int) {
        var sum = 2 * Int(r[h]) + 2 * Int(r[i])
        for w in 0..<words {
            let x1 = x[i * words + w], z1 = z[i * words + w]
            let x2 = x[h * words + w], z2 = z[h * words + w]
            let yy = x1 & z1, xx = x1 & ~z1, zz = ~x1 & z1
            let plus = (yy & z2 & ~x2) | (xx & z2 & x2) | (zz & x2 & ~z2)
            let minus = (yy & x2 & ~z2) | (xx & z2 & ~x2) | (zz & x2 & z2)
            sum += plus.nonzeroBitCount - minus.nonzeroBitCount
            x[h * words + w] = x2 ^ x1
            z[h * words + w] = z2 ^ z1
        }
        r[h] = ((sum % 4) + 4) % 4 == 2 ? 1 : 0
    }

    /// Measures qubit `a` in the Z basis; a random outcome takes `forced` if given, else a bit
    /// of `rng`. Returns the outcome and whether it was random.
    mutating func measure(_ a: Int, forced: Int? = nil, rng: inout SeededGenerator) -> (outcome: Int, random: Bool) {
        let n = qubits
        if let p = (n..<(2 * n)).first(where: { bit(x, $0, a) }) {
            for i in 0..<(2 * n) where i != p && bit(x, i, a) { rowsum(i, p) }
            for w in 0..<words {
                x[(p - n) * words + w] = x[p * words + w]
                z[(p - n) * words + w] = z[p * words + w]
                x[p * words + w] = 0
                z[p * words + w] = 0
            }
            r[p - n] = r[p]
            let outcome = forced ?? Int(rng.next() & 1)
            r[p] = UInt8(outcome)
            set(&z, p, a, true)
            return (outcome, true)
        }
        let scratch = 2 * n
        clearRow(scratch)
        for i in 0..<n where bit(x, i, a) { rowsum(scratch, i + n) }
        return (Int(r[scratch]), false)
    }

    /// Measures `qubit`, collapsing the state; the outcome (0 or 1) uses `rng` when random.
    public mutating func measure(_ qubit: Int, using rng: inout SeededGenerator) -> Int {
        orTrap { try checkedMeasure(qubit, using: &rng) }
    }

    /// `measure(_:using:)`, throwing instead of trapping.
    public mutating func checkedMeasure(_ qubit: Int, using rng: inout SeededGenerator) throws(QSimError) -> Int {
        if qubit < 0 || qubit >= qubits { throw .qubitOutOfRange(qubit: qubit, qubits: qubits) }
        return measure(qubit, forced: nil, rng: &rng).outcome
    }

    /// `shots` basis-state samples (qubit 0 most significant), each measuring a copy of the
    /// state qubit by qubit. Seeded and portable. Indices need `qubits` ≤ 62; see `sampleBits`.
    public func sample(shots: Int, seed: Int) -> [Int] {
        orTrap { try checkedSample(shots: shots, seed: seed) }
    }

    /// `sample(shots:seed:)`, throwing instead of trapping (and stopping at the caller's deadline).
    public func checkedSample(shots: Int, seed: Int) throws(QSimError) -> [Int] {
        if qubits > 62 { throw .unsupported("samples of \(qubits) qubits do not fit an Int; use sampleBits") }
        return try checkedSampleBits(shots: shots, seed: seed).map { bits in bits.reduce(0) { ($0 << 1) | Int($1) } }
    }

    /// `shots` samples as bit arrays (qubit 0 first), for registers of any size.
    public func sampleBits(shots: Int, seed: Int) -> [[UInt8]] {
        orTrap { try checkedSampleBits(shots: shots, seed: seed) }
    }

    /// `sampleBits(shots:seed:)`, throwing instead of trapping (and stopping at the caller's deadline).
    public func checkedSampleBits(shots: Int, seed: Int) throws(QSimError) -> [[UInt8]] {
        try StateVector.validate(shots: shots)
        let (bytes, overflow) = shots.multipliedReportingOverflow(by: qubits + 32)
        try MemoryGuard.check(resultBytes: overflow ? Int.max : bytes, what: "\(shots) samples of \(qubits) qubits")
        var rng = SeededGenerator(seed: seed)
        var ticker = DeadlineTicker()
        var out: [[UInt8]] = []
        out.reserveCapacity(shots)
        for _ in 0..<shots {
            try ticker.tick(2 * qubits * words * qubits)
            var t = self
            out.append((0..<qubits).map { UInt8(t.measure($0, forced: nil, rng: &rng).outcome) })
        }
        return out
    }

    /// The exact probability of measuring the basis state `index` (qubit 0 most significant):
    /// 0 or 2^−k, where k is the number of random outcomes on the way.
    public func probability(of index: Int) -> Double {
        orTrap { try checkedProbability(of: index) }
    }

    /// `probability(of:)`, throwing instead of trapping.
    public func checkedProbability(of index: Int) throws(QSimError) -> Double {
        if qubits <= 62, index < 0 || index >= 1 << qubits {
            throw .unsupported("basis index \(index) out of range 0..<\(1 << qubits)")
        }
        var t = self
        var rng = SeededGenerator(seed: 0)
        var p = 1.0
        for q in 0..<qubits {
            let b = (index >> (qubits - 1 - q)) & 1
            let (o, random) = t.measure(q, forced: b, rng: &rng)
            if random { p /= 2 } else if o != b { return 0 }
        }
        return p
    }

    /// ⟨P⟩ of a Pauli string: 0 when P anticommutes with a stabilizer, otherwise ±coefficient,
    /// the sign of P as a product of stabilizers (found through the destabilizers).
    public func expectation(_ p: PauliString) -> Double {
        orTrap { try checkedExpectation(p) }
    }

    /// `expectation(_:)`, throwing instead of trapping.
    public func checkedExpectation(_ p: PauliString) throws(QSimError) -> Double {
        try p.validate(qubits: qubits)
        var px = [UInt64](repeating: 0, count: words), pz = px
        for (q, f) in p.factors {
            if f == .x || f == .y { px[q / 64] |= 1 << UInt64(q % 64) }
            if f == .z || f == .y { pz[q / 64] |= 1 << UInt64(q % 64) }
        }
        func anticommutes(_ row: Int) -> Bool {
            var parity = 0
            for w in 0..<words {
                parity += ((x[row * words + w] & pz[w]) ^ (z[row * words + w] & px[w])).nonzeroBitCount
            }
            return parity & 1 == 1
        }
        let n = qubits
        for i in n..<(2 * n) where anticommutes(i) { return 0 }
        var t = self
        let scratch = 2 * n
        t.clearRow(scratch)
        for i in 0..<n where anticommutes(i) { t.rowsum(scratch, i + n) }
        return t.r[scratch] == 0 ? p.coefficient : -p.coefficient
    }
}
