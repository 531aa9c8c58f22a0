import QSim

/// The classical bit-flip model of an IQP circuit's gates (the paper's and iqpopt's `bitflip`
/// baseline): start from 0…0 and, for each gate g independently, flip every bit of g with
/// probability sin²θ. Its ⟨Z_a⟩ is a product, Πⱼ cos(2θⱼ [|gⱼ ∩ a| odd]), because each gate
/// multiplies Z_a by −1 exactly when it flips an odd number of a's bits, with probability sin²θⱼ,
/// and 1 − 2 sin²θ = cos 2θ. With one gate on each qubit it is the product circuit's distribution. A
/// spin-symmetric model also flips every bit with probability ½ (a classical mixture, unlike the
/// circuit's coherent start), which multiplies ⟨Z_a⟩ by [|a| even].
extension IQPCircuit {
    /// ⟨Z_a⟩ of the bit-flip model in closed form, at any size.
    public func bitFlipExpectationZ(_ a: [Int]) -> Double { orTrap { try checkedBitFlipExpectationZ(a) } }

    public func checkedBitFlipExpectationZ(_ a: [Int]) throws(QGenError) -> Double {
        let inA = try operatorMembership(a)
        if spinSymmetric && a.count % 2 == 1 { return 0 }
        var product = 1.0
        for (g, theta) in zip(gates, parameters) {
            var odd = false
            for q in g where inA[q] { odd.toggle() }
            if odd { product *= cos(2 * theta) }
        }
        return product
    }

    /// Samples of the bit-flip model (rows of 0s and 1s), gate by gate, at any size.
    public func bitFlipSamples(count: Int, seed: Int) -> [[Int]] { orTrap { try checkedBitFlipSamples(count: count, seed: seed) } }

    public func checkedBitFlipSamples(count: Int, seed: Int) throws(QGenError) -> [[Int]] {
        try require(count >= 0 && count.multipliedReportingOverflow(by: qubits).partialValue <= 100_000_000,
                    "count × qubits must be at most 100000000, got \(count) × \(qubits)")
        let flip = parameters.map { sin($0) * sin($0) }
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var x = [Int](repeating: 0, count: qubits)
            if spinSymmetric && rng.nextDouble() < 0.5 { for q in 0..<qubits { x[q] = 1 } }
            for (g, p) in zip(gates, flip) where rng.nextDouble() < p {
                for q in g { x[q] ^= 1 }
            }
            return x
        }
    }

    /// a as a membership table over the qubits, checked to be a set of qubits.
    func operatorMembership(_ a: [Int]) throws(QGenError) -> [Bool] {
        var inA = [Bool](repeating: false, count: qubits)
        for q in a {
            try require(q >= 0 && q < qubits, "\(a) is not a set of qubits of \(qubits)")
            try require(!inA[q], "\(a) is not a set of qubits of \(qubits) (qubit \(q) twice)")
            inA[q] = true
        }
        return inA
    }
}
