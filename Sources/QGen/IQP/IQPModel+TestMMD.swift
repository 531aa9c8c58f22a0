import QSim

/// A test MMD² estimated the way Recio-Armengol, Ahmed & Bowles report it: the held-out data
/// split into `repeats` equal parts (the first parts one row longer when it does not divide),
/// one estimate per part from `operators` random Z operators (and `samples` z's for a circuit),
/// then the mean and its standard error (the estimates' standard deviation over √repeats).
public struct MMDEstimate: Codable, Hashable, Sendable {
    public let bandwidth: Double
    public let mean: Double
    public let standardError: Double
    /// One estimate per part of the data.
    public let estimates: [Double]

    init(bandwidth: Double, estimates: [Double]) {
        self.bandwidth = bandwidth
        self.estimates = estimates
        let n = Double(estimates.count)
        let m = estimates.reduce(0, +) / n
        mean = m
        let variance = estimates.count > 1 ? estimates.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1) : 0
        standardError = (variance / n).squareRoot()
    }
}

extension IQPModel {
    /// The test MMD² of this model (circuit or bit-flip model, as it is) against held-out data at
    /// one bandwidth: the paper's settings are 3,000 operators, 3,000 samples, 20 repeats.
    public func testMMD(data: [[Int]], bandwidth: Double, operators: Int = 3000, samples: Int = 3000, repeats: Int = 20,
                        seed: Int = 0) -> MMDEstimate {
        orTrap { try checkedTestMMD(data: data, bandwidth: bandwidth, operators: operators, samples: samples, repeats: repeats, seed: seed) }
    }

    public func checkedTestMMD(data: [[Int]], bandwidth: Double, operators: Int = 3000, samples: Int = 3000, repeats: Int = 20,
                               seed: Int = 0) throws(QGenError) -> MMDEstimate {
        try require(samples >= 2 && samples <= 1_000_000, "samples must be in 2...1000000, got \(samples)")
        let estimator = ZLossEstimator(circuit: circuit, bitFlip: bitFlip)
        return try Self.repeatedEstimate(qubits: qubits, data: data, bandwidth: bandwidth, operators: operators, repeats: repeats, seed: seed) {
            ops, targets, part, rng in
            estimator.evaluate(operators: ops, weights: ops.map { _ in 1 / Double(ops.count) }, targets: targets, dataCount: part,
                               samples: samples, rng: &rng, gradient: false).value
        }
    }

    /// The same estimate for the uniform distribution (⟨Z_a⟩ = 0 for every a but the empty one).
    public static func uniformTestMMD(data: [[Int]], bandwidth: Double, operators: Int = 3000, repeats: Int = 20, seed: Int = 0) -> MMDEstimate {
        orTrap { try checkedUniformTestMMD(data: data, bandwidth: bandwidth, operators: operators, repeats: repeats, seed: seed) }
    }

    public static func checkedUniformTestMMD(data: [[Int]], bandwidth: Double, operators: Int = 3000, repeats: Int = 20,
                                             seed: Int = 0) throws(QGenError) -> MMDEstimate {
        let n = data.first?.count ?? 0
        return try repeatedEstimate(qubits: n, data: data, bandwidth: bandwidth, operators: operators, repeats: repeats, seed: seed) {
            ops, targets, part, _ in
            var total = 0.0
            for (a, t) in zip(ops, targets) {
                let model: Double = a.isEmpty ? 1 : 0
                total += model * model - 2 * model * t + (t * t * Double(part) - 1) / Double(part - 1)
            }
            return total / Double(ops.count)
        }
    }

    /// The same estimate for a model given by its samples (the training data itself, or another
    /// generator's output), split into as many parts as the data; both sides' squares pair
    /// distinct rows only.
    public static func sampleTestMMD(samples model: [[Int]], data: [[Int]], bandwidth: Double, operators: Int = 3000, repeats: Int = 20,
                                     seed: Int = 0) -> MMDEstimate {
        orTrap { try checkedSampleTestMMD(samples: model, data: data, bandwidth: bandwidth, operators: operators, repeats: repeats, seed: seed) }
    }

    public static func checkedSampleTestMMD(samples model: [[Int]], data: [[Int]], bandwidth: Double, operators: Int = 3000,
                                            repeats: Int = 20, seed: Int = 0) throws(QGenError) -> MMDEstimate {
        let n = data.first?.count ?? 0
        try require(repeats >= 1 && model.count >= 2 * repeats, "the model's samples must give each of the \(repeats) parts two rows, got \(model.count)")
        let modelParts = try split(model, parts: repeats).map { (rows: [[Int]]) throws(QGenError) -> PackedSamples in try pack(rows, qubits: n) }
        var repeatIndex = 0
        return try repeatedEstimate(qubits: n, data: data, bandwidth: bandwidth, operators: operators, repeats: repeats, seed: seed) {
            ops, targets, part, _ in
            let mine = modelParts[repeatIndex]
            repeatIndex += 1
            let m = Double(mine.count)
            var total = 0.0
            for (a, t) in zip(ops, targets) {
                let u = mine.meanZ(a)
                total += (u * u * m - 1) / (m - 1) - 2 * u * t + (t * t * Double(part) - 1) / Double(part - 1)
            }
            return total / Double(ops.count)
        }
    }

    /// The test MMD² through every one of the 2ⁿ Z operators (n ≤ 20), each weighted
    /// p^{|a|}(1 − p)^{n−|a|}, from the model's exact ⟨Z_a⟩ (state vector, or the bit-flip closed
    /// form) and all the held-out rows at once, the data's square paired over distinct rows
    /// ((t²M − 1)/(M − 1)) so the figure is unbiased: no operator or sample noise, only the
    /// finite data's. The estimates of `testMMD` scatter around it.
    public func exactTestMMD(data: [[Int]], bandwidth: Double) -> Double {
        orTrap { try checkedExactTestMMD(data: data, bandwidths: [bandwidth])[0] }
    }

    /// `exactTestMMD(data:bandwidth:)` at several bandwidths (the model's ⟨Z_a⟩ computed once).
    public func exactTestMMD(data: [[Int]], bandwidths: [Double]) -> [Double] {
        orTrap { try checkedExactTestMMD(data: data, bandwidths: bandwidths) }
    }

    public func checkedExactTestMMD(data: [[Int]], bandwidths: [Double]) throws(QGenError) -> [Double] {
        try require(qubits <= 20, "the test MMD² through every Z operator is offered for up to 20 qubits, got \(qubits)")
        let model = try exactExpectations()
        return try Self.exactTestMMD(qubits: qubits, data: data, bandwidths: bandwidths) { s in model[s] * model[s] } cross: { s in model[s] }
    }

    /// `exactTestMMD(data:bandwidths:)` for a model given by its samples (the training data, or
    /// another generator's output), both squares paired over distinct rows.
    public static func exactSampleTestMMD(samples: [[Int]], data: [[Int]], bandwidths: [Double]) -> [Double] {
        orTrap { try checkedExactSampleTestMMD(samples: samples, data: data, bandwidths: bandwidths) }
    }

    public static func checkedExactSampleTestMMD(samples: [[Int]], data: [[Int]], bandwidths: [Double]) throws(QGenError) -> [Double] {
        let n = data.first?.count ?? 0
        try require(n >= 1 && n <= 20, "the test MMD² through every Z operator is offered for 1...20 bits, got \(n)")
        let (u, count) = try walshMeans(samples, qubits: n)
        let m = Double(count)
        return try exactTestMMD(qubits: n, data: data, bandwidths: bandwidths) { s in (u[s] * u[s] * m - 1) / (m - 1) } cross: { s in u[s] }
    }

    /// Σ_a w_a (model² − 2 model·t + (t²M − 1)/(M − 1)) over every operator a ≠ ∅ (bit q of a,
    /// from the most significant, is qubit q; the empty operator contributes 1 − 2 + 1 = 0).
    static func exactTestMMD(qubits n: Int, data: [[Int]], bandwidths: [Double], square: (Int) -> Double, cross: (Int) -> Double)
        throws(QGenError) -> [Double]
    {
        for sigma in bandwidths { try require(sigma.isFinite && sigma > 0, "the bandwidth must be positive and finite, got \(sigma)") }
        let (t, count) = try walshMeans(data, qubits: n)
        let mm = Double(count)
        var terms = [Double](repeating: 0, count: n + 1)   // the sum over the operators of each weight
        for s in t.indices where s != 0 {
            terms[s.nonzeroBitCount] += square(s) - 2 * cross(s) * t[s] + (t[s] * t[s] * mm - 1) / (mm - 1)
        }
        return bandwidths.map { sigma in
            let p = operatorDensity(bandwidth: sigma)
            return (1...n).reduce(0.0) { $0 + pow(p, Double($1)) * pow(1 - p, Double(n - $1)) * terms[$1] }
        }
    }

    /// The rows' mean of (−1)^{a·x} for every operator a: a histogram, then one transform.
    static func walshMeans(_ rows: [[Int]], qubits n: Int) throws(QGenError) -> (means: [Double], count: Int) {
        let checked = try validate(rows, qubits: n)
        var h = [Double](repeating: 0, count: 1 << n)
        for x in checked { h[x.reduce(0) { $0 << 1 | ($1 ? 1 : 0) }] += 1 }
        Transforms.walshHadamard(&h)
        let m = Double(checked.count)
        return (h.map { $0 / m }, checked.count)
    }

    /// Splits the data, draws each part's operators from seed + part, and collects `estimate`.
    static func repeatedEstimate(qubits n: Int, data: [[Int]], bandwidth: Double, operators: Int, repeats: Int, seed: Int,
                                 estimate: (_ ops: [[Int]], _ targets: [Double], _ partSize: Int, _ rng: inout SeededGenerator) -> Double)
        throws(QGenError) -> MMDEstimate
    {
        try require(bandwidth.isFinite && bandwidth > 0, "the bandwidth must be positive and finite, got \(bandwidth)")
        try require(operators >= 1 && operators <= 1_000_000, "operators must be in 1...1000000, got \(operators)")
        try require(repeats >= 1 && repeats <= 10_000, "repeats must be in 1...10000, got \(repeats)")
        try require(n >= 1 && data.count >= 2 * repeats, "the data must give each of the \(repeats) parts two rows, got \(data.count)")
        var estimates: [Double] = []
        for (r, rows) in try split(data, parts: repeats).enumerated() {
            try sim { () throws(QSimError) in try ExecutionBudget.current.checkTime() }
            let part = try pack(rows, qubits: n)
            var rng = SeededGenerator(seed: seed &+ r)
            let (ops, _) = ZLossEstimator.drawOperators(qubits: n, bandwidths: [bandwidth], count: operators, rng: &rng)
            estimates.append(estimate(ops, ops.map { part.meanZ($0) }, part.count, &rng))
        }
        return MMDEstimate(bandwidth: bandwidth, estimates: estimates)
    }

    /// numpy's array_split: `parts` consecutive runs, the first (count mod parts) one longer.
    static func split(_ rows: [[Int]], parts: Int) throws(QGenError) -> [[[Int]]] {
        let base = rows.count / parts, extra = rows.count % parts
        var out: [[[Int]]] = []
        var start = 0
        for p in 0..<parts {
            let size = base + (p < extra ? 1 : 0)
            out.append(Array(rows[start..<(start + size)]))
            start += size
        }
        return out
    }
}
