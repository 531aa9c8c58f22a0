import Foundation
import Testing
import QSim
import QGen

@Suite struct IQPTests {
    /// |ψ⟩ = Πⱼ exp(iθⱼ X_{gⱼ})|0…0⟩ computed directly: exp(iθX_g)ψ(x) = cos θ ψ(x) + i sin θ ψ(x ⊕ g).
    func direct(_ iqp: IQPCircuit) -> [Double] {
        let n = iqp.qubits, size = 1 << n
        var re = [Double](repeating: 0, count: size), im = re
        re[0] = 1
        for (g, theta) in zip(iqp.gates, iqp.parameters) {
            let mask = g.reduce(0) { $0 | 1 << (n - 1 - $1) }
            var nr = re, ni = im
            for x in 0..<size {
                let y = x ^ mask
                nr[x] = cos(theta) * re[x] - sin(theta) * im[y]
                ni[x] = cos(theta) * im[x] + sin(theta) * re[y]
            }
            re = nr; im = ni
        }
        return zip(re, im).map { $0 * $0 + $1 * $1 }
    }

    func randomCircuit(_ n: Int, seed: Int) -> IQPCircuit {
        var rng = SeededGenerator(seed: seed)
        var gates: [[Int]] = []
        for q in 0..<n { gates.append([q]) }
        for _ in 0..<(2 * n) {
            let a = rng.nextInt(below: n), b = rng.nextInt(below: n)
            if a != b { gates.append([a, b]) }
        }
        gates.append(Array(0..<min(3, n)))
        return IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 2 - 1 })
    }

    @Test func theCircuitIsTheProductOfTheGates() {
        for n in [1, 2, 3, 5] {
            let iqp = randomCircuit(n, seed: n)
            let a = iqp.probabilities(), b = direct(iqp)
            for i in a.indices { #expect(abs(a[i] - b[i]) < 1e-12, "n=\(n) x=\(i)") }
        }
        let design = IQPCircuit(qubits: 4, gates: [[0], [1, 2], [0, 3]], parameters: [0.1, 0.2, 0.3])
        #expect(abs(design.probabilities().reduce(0, +) - 1) < 1e-12)
    }

    /// The estimator's formula, summed over every z instead of sampled, is exact.
    @Test func theEstimatorsFormulaIsExactWhenEnumerated() {
        for n in [2, 4, 6] {
            let iqp = randomCircuit(n, seed: 10 + n)
            for a in [[0], [0, n - 1], Array(0..<n)] {
                var total = 0.0
                for zBits in 0..<(1 << n) {
                    var phase = 0.0
                    for (g, theta) in zip(iqp.gates, iqp.parameters) where g.filter(a.contains).count % 2 == 1 {
                        let parity = g.reduce(0) { $0 ^ (zBits >> $1 & 1) }
                        phase += parity == 1 ? -2 * theta : 2 * theta
                    }
                    total += cos(phase)
                }
                #expect(abs(total / Double(1 << n) - iqp.expectationZ(a)) < 1e-10, "n=\(n) a=\(a)")
            }
        }
    }

    @Test func theMonteCarloEstimateLiesWithinThreeStandardErrors() throws {
        for n in [3, 6, 10] {
            let iqp = randomCircuit(n, seed: 20 + n)
            for a in [[0], [1, n - 1], [0, 1, 2]] {
                let exact = iqp.expectationZ(a)
                let (value, error) = try iqp.checkedEstimateZ(a, samples: 20_000, seed: n)
                #expect(abs(value - exact) <= 3 * error + 1e-12, "n=\(n) a=\(a): \(value) ± \(error) vs \(exact)")
                #expect(iqp.expectationZ(a, samples: 20_000, seed: n) == value)
            }
        }
        // A thousand qubits: no state vector needed.
        let big = IQPCircuit(qubits: 1000, gates: (0..<999).map { [$0, $0 + 1] }, parameters: [Double](repeating: 0.2, count: 999))
        let (v, e) = big.estimateZ([10, 11], samples: 1000, seed: 1)
        #expect(v.isFinite && e >= 0)
    }

    @Test func badGatesAreErrors() {
        #expect(throws: QGenError.invalidArgument("gate [0, 4] is out of range for 3 qubits (0...2)")) {
            _ = try IQPCircuit.checked(qubits: 3, gates: [[0, 4]], parameters: [0.1])
        }
        #expect(throws: QGenError.sizeMismatch(what: "IQP parameters (one per gate)", expected: 2, got: 1)) {
            _ = try IQPCircuit.checked(qubits: 3, gates: [[0], [1]], parameters: [0.1])
        }
    }
}

@Suite struct IQPModelTests {
    func bits(_ x: Int, _ n: Int) -> [Int] { (0..<n).map { (x >> (n - 1 - $0)) & 1 } }

    @Test func theZFormOfTheMMDIsTheKernelQuadraticForm() {
        let n = 5
        let data = Datasets.barsAndStripes(rows: 1, cols: 5)
        for sigma in [0.6, 1.0, 2.5] {
            let model = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidth: sigma, seed: 3)
            let generated = Distribution(probabilities: model.circuit.probabilities())
            let kernel = GaussianKernel(bandwidths: [sigma], distance: .hamming)
            #expect(abs(model.exactMMD(data: data) - mmd(generated, data, kernel: kernel)) < 1e-12, "σ = \(sigma)")
        }
    }

    @Test func theEstimatorsGradientIsItsDerivative() {
        let n = 6
        let data = (0..<40).map { bits(($0 * 37) % 64, n) }
        let model = IQPModel(qubits: n, gates: IQPModel.chainGates(qubits: n), bandwidth: 1.5, seed: 1)
        let (_, g) = model.lossGradient(data: data, operators: 50, samples: 80, seed: 9)
        let h = 1e-6
        for j in [0, 3, 7, g.count - 1] {
            var plus = model, minus = model
            plus.circuit.parameters[j] += h
            minus.circuit.parameters[j] -= h
            let fd = (plus.lossGradient(data: data, operators: 50, samples: 80, seed: 9).value
                      - minus.lossGradient(data: data, operators: 50, samples: 80, seed: 9).value) / (2 * h)
            #expect(abs(fd - g[j]) < 1e-7, "parameter \(j): \(fd) vs \(g[j])")
        }
    }

    @Test func theEstimateApproachesTheExactMMD() {
        let n = 4
        let target = Datasets.barsAndStripes(rows: 2, cols: 2)
        let data = target.sample(shots: 20_000, seed: 2).map { bits($0, n) }
        let model = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidth: 1.0, seed: 5)
        let exact = model.exactMMD(data: Distribution(samples: target.sample(shots: 20_000, seed: 2), qubits: n))
        let estimate = model.lossGradient(data: data, operators: 2000, samples: 2000, seed: 1).value
        #expect(abs(estimate - exact) < 0.15 * exact + 3e-3, "\(estimate) vs \(exact)")
    }

    @Test func trainingLowersTheExactMMD() {
        let n = 4
        let target = Datasets.barsAndStripes(rows: 2, cols: 2)
        let shots = target.sample(shots: 2000, seed: 3)
        let data = shots.map { bits($0, n) }
        var model = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidth: 1.0, seed: 4)
        let empirical = Distribution(samples: shots, qubits: n)
        let before = model.exactMMD(data: empirical)
        let losses = model.train(data: data, optimizer: Adam(learningRate: 0.05), steps: 60, operators: 200, samples: 200, seed: 1)
        #expect(losses.count == 60)
        #expect(model.exactMMD(data: empirical) < 0.5 * before, "\(before) → \(model.exactMMD(data: empirical))")
    }

    @Test func gateSets() {
        #expect(IQPModel.allGates(qubits: 3, maxWeight: 2) == [[0], [1], [2], [0, 1], [0, 2], [1, 2]])
        #expect(IQPModel.chainGates(qubits: 4) == [[0], [1], [2], [3], [0, 1], [1, 2], [2, 3], [0, 2], [1, 3]])
        #expect(IQPModel.allGates(qubits: 16, maxWeight: 4).count == 16 + 120 + 560 + 1820)
    }
}

/// The bit-packed estimator against the one-sample-at-a-time formula it replaced, and the
/// bit-flip (product) model's closed form against the state vector and against sampling.
@Suite struct IQPPackedAndProductTests {
    /// The estimator as first written: z drawn sample by sample, the phase summed gate by gate.
    func unpackedEstimate(_ c: IQPCircuit, _ a: [Int], samples: Int, seed: Int) -> Double {
        let aSet = Set(a)
        let active = zip(c.gates, c.parameters).filter { g, _ in g.filter(aSet.contains).count % 2 == 1 }
        var rng = SeededGenerator(seed: seed)
        var sum = 0.0
        for _ in 0..<samples {
            let z = (0..<c.qubits).map { _ in rng.next() & 1 == 1 }
            var phase = 0.0
            for (g, theta) in active {
                var parity = false
                for q in g where z[q] { parity.toggle() }
                phase += parity ? -2 * theta : 2 * theta
            }
            sum += cos(phase)
        }
        return sum / Double(samples)
    }

    @Test func packedSamplesGiveTheSameNumbersAsTheUnpackedFormula() {
        var rng = SeededGenerator(seed: 5)
        for (n, samples) in [(3, 2), (10, 63), (10, 64), (12, 200), (40, 1000)] {
            var gates: [[Int]] = (0..<n).map { [$0] }
            for _ in 0..<(3 * n) {
                let g = Array(Set((0..<3).map { _ in rng.nextInt(below: n) })).sorted()
                gates.append(g)
            }
            let c = IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 2 - 1 })
            for a in [[0], Array(0..<n), (0..<n).filter { $0 % 3 == 1 }] {
                let packed = c.expectationZ(a, samples: samples, seed: n + samples)
                let reference = unpackedEstimate(c, a, samples: samples, seed: n + samples)
                #expect(packed == reference, "n=\(n) samples=\(samples) a=\(a): \(packed) vs \(reference)")
            }
        }
    }

    @Test func productClosedFormEqualsTheStateVector() {
        var rng = SeededGenerator(seed: 9)
        for n in [1, 3, 6, 8] {
            // Repeated qubits: their angles add.
            let gates = (0..<n).map { [$0] } + [[0], [n - 1]]
            let c = IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 3 - 1.5 })
            #expect(c.isProduct)
            for mask in 0..<(1 << n) {
                let a = (0..<n).filter { mask >> $0 & 1 == 1 }
                #expect(abs(c.productExpectationZ(a) - c.expectationZ(a)) < 1e-12, "n=\(n) a=\(a)")
            }
        }
        #expect(!IQPCircuit(qubits: 2, gates: [[0, 1]], parameters: [0.3]).isProduct)
    }

    @Test func productSamplesMatchTheClosedFormWithinThreeStandardErrors() {
        let n = 200
        var rng = SeededGenerator(seed: 2)
        let gates = (0..<n).map { [$0] }
        let c = IQPCircuit(qubits: n, gates: gates, parameters: gates.map { _ in rng.nextDouble() * 1.5 })
        let samples = c.productSamples(count: 4000, seed: 7)
        for a in [[0], [1, 2], [5, 50, 150], Array(10..<14)] {
            let values = samples.map { x in a.reduce(1.0) { $0 * (x[$1] == 1 ? -1 : 1) } }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)
            let se = (variance / Double(values.count)).squareRoot()
            #expect(abs(mean - c.productExpectationZ(a)) < 3 * max(se, 1e-3), "a=\(a): \(mean) vs \(c.productExpectationZ(a)) ± \(se)")
        }
    }
}
