import Foundation
import Testing
import QSim
import QGen

/// Spin symmetry against the state vector, and the bit-flip model against its exact distribution
/// (each gate's flip applied to the probability vector) and against sampling.
@Suite struct IQPSymmetryAndBitFlipTests {
    func randomGates(_ n: Int, _ rng: inout SeededGenerator) -> [[Int]] {
        var gates: [[Int]] = (0..<n).map { [$0] }
        for _ in 0..<(2 * n) {
            let g = Array(Set((0..<rng.nextInt(below: 3) + 2).map { _ in rng.nextInt(below: n) })).sorted()
            gates.append(g)
        }
        return gates
    }

    func subsets(_ n: Int) -> [[Int]] { (0..<(1 << n)).map { m in (0..<n).filter { m >> $0 & 1 == 1 } } }

    @Test func theSpinSymmetricCircuitStartsFromGHZ() {
        var rng = SeededGenerator(seed: 1)
        for n in [2, 3, 5] {
            let gates = randomGates(n, &rng)
            let theta = gates.map { _ in rng.nextDouble() * 2 - 1 }
            let c = IQPCircuit(qubits: n, gates: gates, parameters: theta, spinSymmetric: true)
            // Reference: the gates applied to (|0…0⟩ + |1…1⟩)/√2 directly, exp(iθX_g)ψ(x) = cos θ ψ(x) + i sin θ ψ(x ⊕ g).
            let size = 1 << n
            var re = [Double](repeating: 0, count: size), im = re
            re[0] = 1 / 2.squareRoot(); re[size - 1] = 1 / 2.squareRoot()
            for (g, t) in zip(gates, theta) {
                let mask = g.reduce(0) { $0 | 1 << (n - 1 - $1) }
                var nr = re, ni = im
                for x in 0..<size {
                    nr[x] = cos(t) * re[x] - sin(t) * im[x ^ mask]
                    ni[x] = cos(t) * im[x] + sin(t) * re[x ^ mask]
                }
                re = nr; im = ni
            }
            let p = c.probabilities()
            for x in 0..<size {
                #expect(abs(p[x] - (re[x] * re[x] + im[x] * im[x])) < 1e-12)
                #expect(abs(p[x] - p[size - 1 - x]) < 1e-12, "flipping every bit leaves p unchanged")
            }
        }
    }

    /// The spin-symmetric estimator's formula (the cosine averaged over z of even weight), summed
    /// over all such z, equals the state vector's ⟨Z_a⟩; odd operators vanish on both sides.
    @Test func theSpinSymmetricEstimatorIsExactWhenEnumerated() throws {
        var rng = SeededGenerator(seed: 2)
        for n in [2, 4, 6] {
            let gates = randomGates(n, &rng)
            let c = IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 2 - 1 }, spinSymmetric: true)
            for a in subsets(n) {
                var total = 0.0, count = 0
                for z in 0..<(1 << n) where z.nonzeroBitCount % 2 == 0 {
                    var phase = 0.0
                    for (g, t) in zip(c.gates, c.parameters) where g.filter(a.contains).count % 2 == 1 {
                        phase += g.reduce(0) { $0 ^ (z >> $1 & 1) } == 1 ? -2 * t : 2 * t
                    }
                    total += cos(phase)
                    count += 1
                }
                let formula = a.count % 2 == 1 ? 0 : total / Double(count)
                #expect(abs(formula - c.expectationZ(a)) < 1e-10, "n=\(n) a=\(a)")
                let (value, error) = try c.checkedEstimateZ(a, samples: 4000, seed: n)
                #expect(abs(value - c.expectationZ(a)) <= 3 * error + 1e-12, "n=\(n) a=\(a): \(value) ± \(error)")
            }
        }
    }

    /// The bit-flip model's distribution, exactly: each gate maps p(x) to (1 − s)p(x) + s·p(x ⊕ g).
    func bitFlipDistribution(_ c: IQPCircuit) -> [Double] {
        let n = c.qubits, size = 1 << n
        var p = [Double](repeating: 0, count: size)
        if c.spinSymmetric { p[0] = 0.5; p[size - 1] = 0.5 } else { p[0] = 1 }
        for (g, t) in zip(c.gates, c.parameters) {
            let mask = g.reduce(0) { $0 | 1 << (n - 1 - $1) }
            let s = sin(t) * sin(t)
            p = (0..<size).map { x in (1 - s) * p[x] + s * p[x ^ mask] }
        }
        return p
    }

    @Test func theBitFlipClosedFormIsTheModelsDistribution() {
        var rng = SeededGenerator(seed: 3)
        for n in [1, 3, 5] {
            for symmetric in [false, true] {
                let gates = randomGates(n, &rng)
                let c = IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 3 - 1.5 }, spinSymmetric: symmetric)
                let p = bitFlipDistribution(c)
                for a in subsets(n) {
                    let mask = a.reduce(0) { $0 | 1 << (n - 1 - $1) }
                    let exact = p.indices.reduce(0.0) { $0 + ((($1 & mask).nonzeroBitCount % 2 == 0) ? p[$1] : -p[$1]) }
                    #expect(abs(c.bitFlipExpectationZ(a) - exact) < 1e-12, "n=\(n) a=\(a) symmetric=\(symmetric)")
                }
            }
        }
        // With one gate per qubit and no symmetry, the bit-flip model is the product circuit (two gates on
        // a qubit differ: the circuit adds their angles, the model composes two independent flips).
        let product = IQPCircuit(qubits: 4, gates: [[0], [1], [2], [3]], parameters: [0.3, -0.7, 1.1, 0.2])
        for a in subsets(4) { #expect(abs(product.bitFlipExpectationZ(a) - product.expectationZ(a)) < 1e-12) }
    }

    @Test func bitFlipSamplesMatchTheClosedFormWithinThreeStandardErrors() {
        var rng = SeededGenerator(seed: 4)
        let n = 60
        let gates = IQPModel.chainGates(qubits: n, range: 2) + [[0, 10, 20, 30]]
        for symmetric in [false, true] {
            let c = IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 0.8 }, spinSymmetric: symmetric)
            let samples = c.bitFlipSamples(count: 6000, seed: 5)
            for a in [[0], [1, 2], [0, 10, 20, 30], [5, 6, 7, 8], [3, 40]] {
                let values = samples.map { x in a.reduce(1.0) { $0 * (x[$1] == 1 ? -1 : 1) } }
                let mean = values.reduce(0, +) / Double(values.count)
                let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)
                let se = (variance / Double(values.count)).squareRoot()
                #expect(abs(mean - c.bitFlipExpectationZ(a)) < 3 * max(se, 1e-3), "a=\(a): \(mean) vs \(c.bitFlipExpectationZ(a)) ± \(se)")
            }
        }
    }

    @Test func badOperatorsAreErrors() {
        let c = IQPCircuit(qubits: 3, gates: [[0, 1]], parameters: [0.2])
        #expect(throws: QGenError.invalidArgument("[0, 3] is not a set of qubits of 3")) { _ = try c.checkedBitFlipExpectationZ([0, 3]) }
        let s = IQPCircuit(qubits: 3, gates: [[0]], parameters: [0.2], spinSymmetric: true)
        #expect(throws: QGenError.self) { _ = try s.checkedProductExpectationZ([0]) }
    }
}
