import Foundation
import Testing
import QSim
@testable import QGen

/// The sampled MMD² (the paper's unbiased form) against a direct, one-sample-at-a-time
/// reference; its gradient against finite differences; its mean against the exact value.
@Suite struct IQPLossEstimatorTests {
    func bits(_ x: Int, _ n: Int) -> [Int] { (0..<n).map { (x >> (n - 1 - $0)) & 1 } }

    /// (−1)^{a·x} for a row x.
    func sign(_ x: [Int], _ a: [Int]) -> Double {
        var parity = 0
        for q in a { parity ^= x[q] }
        return parity == 1 ? -1 : 1
    }

    /// The estimate written out directly: operators and z's drawn in the documented order (per σ,
    /// `count` operators qubit by qubit; then z sample by sample, qubit by qubit, the last qubit
    /// replaced by the others' parity when spin-symmetric), every cosine summed one at a time.
    func reference(_ model: IQPModel, data: [[Int]], operators k: Int, samples s: Int, seed: Int) -> Double {
        let n = model.qubits, c = model.circuit
        var rng = SeededGenerator(seed: seed)
        var ops: [[Int]] = []
        for sigma in model.bandwidths {
            let p = IQPModel.operatorDensity(bandwidth: sigma)
            for _ in 0..<k { ops.append((0..<n).filter { _ in rng.nextDouble() < p }) }
        }
        var zs: [[Int]] = []
        if !model.bitFlip {
            for _ in 0..<s {
                var z = (0..<n).map { _ in Int(rng.next() & 1) }
                if c.spinSymmetric { z[n - 1] = z[0..<(n - 1)].reduce(0, ^) }
                zs.append(z)
            }
        }
        let m = Double(data.count)
        var total = 0.0
        for a in ops {
            let t = data.reduce(0.0) { total, x in total + sign(x, a) } / m
            let dataTerm = (t * t * m - 1) / (m - 1)
            if c.spinSymmetric && a.count % 2 == 1 { total += dataTerm; continue }
            if model.bitFlip {
                let mean = c.bitFlipExpectationZ(a)
                total += mean * mean - 2 * mean * t + dataTerm
                continue
            }
            var sum = 0.0, squares = 0.0
            for z in zs {
                var phase = 0.0
                for (g, theta) in zip(c.gates, c.parameters) where g.filter(a.contains).count % 2 == 1 {
                    phase += sign(z, g) * 2 * theta
                }
                let x = Foundation.cos(phase)
                sum += x
                squares += x * x
            }
            let sd = Double(s), mean = sum / sd
            total += (sd * sd * mean * mean - squares) / (sd * (sd - 1)) - 2 * mean * t + dataTerm
        }
        return total / Double(ops.count)
    }

    func data(_ n: Int, _ count: Int, seed: Int) -> [[Int]] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var b = Int(rng.next() & 1)
            return (0..<n).map { _ in if rng.nextDouble() < 0.25 { b ^= 1 }; return b }
        }
    }

    /// Both paths of the estimator: dense (BLAS products; 8 qubits, all 92 gates of weight ≤ 3)
    /// and sparse (a 40-qubit chain), with and without spin symmetry, and the bit-flip model.
    var models: [IQPModel] {
        var out: [IQPModel] = []
        for symmetric in [false, true] {
            out.append(IQPModel(qubits: 8, gates: IQPModel.allGates(qubits: 8, maxWeight: 3), bandwidths: [0.6, 1.3],
                                spinSymmetric: symmetric, initialScale: 0.5, seed: 1))
            out.append(IQPModel(qubits: 40, gates: IQPModel.chainGates(qubits: 40), bandwidths: [2.0],
                                spinSymmetric: symmetric, initialScale: 0.5, seed: 2))
            out.append(IQPModel(qubits: 8, gates: IQPModel.allGates(qubits: 8, maxWeight: 2), bandwidths: [1.0, 2.0],
                                spinSymmetric: symmetric, bitFlip: true, initialScale: 0.5, seed: 3))
        }
        return out
    }

    @Test func theEstimateIsTheDirectFormula() {
        for (i, model) in models.enumerated() {
            let d = data(model.qubits, 300, seed: i)
            let fast = model.lossGradient(data: d, operators: 60, samples: 70, seed: 5).value
            let slow = reference(model, data: d, operators: 60, samples: 70, seed: 5)
            #expect(abs(fast - slow) < 1e-12, "model \(i): \(fast) vs \(slow)")
        }
    }

    @Test func theGradientIsTheEstimatesDerivative() {
        for (i, model) in models.enumerated() {
            let d = data(model.qubits, 100, seed: 10 + i)
            let g = model.lossGradient(data: d, operators: 40, samples: 50, seed: 9).gradient
            let h = 1e-6
            for j in [0, 5, g.count / 2, g.count - 1] {
                var plus = model, minus = model
                plus.circuit.parameters[j] += h
                minus.circuit.parameters[j] -= h
                let fd = (plus.lossGradient(data: d, operators: 40, samples: 50, seed: 9).value
                          - minus.lossGradient(data: d, operators: 40, samples: 50, seed: 9).value) / (2 * h)
                #expect(abs(fd - g[j]) < 1e-7, "model \(i), parameter \(j): \(fd) vs \(g[j])")
            }
        }
    }

    /// Unbiased: over operator and z draws the estimate's mean is Σₐ wₐ(⟨Z_a⟩ − t_a)² less the
    /// data term's known offset Σₐ wₐ(1 − t_a²)/(M − 1) (it pairs distinct rows only).
    @Test func theEstimateIsUnbiased() {
        let n = 5
        for model in [IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidths: [1.0], initialScale: 0.6, seed: 4),
                      IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidths: [1.0], spinSymmetric: true,
                               initialScale: 0.6, seed: 4)] {
            let rows = data(n, 50, seed: 6)
            let empirical = Distribution(samples: rows.map { $0.reduce(0) { $0 << 1 | $1 } }, qubits: n)
            var t = empirical.probabilities
            Transforms.walshHadamard(&t)
            let p = model.operatorDensity
            var offset = 0.0
            for s in t.indices {
                let w = Double(s.nonzeroBitCount)
                let weight: Double = Foundation.pow(p, w) * Foundation.pow(1 - p, Double(n) - w)
                offset += weight * (1 - t[s] * t[s]) / Double(rows.count - 1)
            }
            let expected = model.exactMMD(data: empirical) - offset
            let estimates = (0..<400).map { model.lossGradient(data: rows, operators: 30, samples: 20, seed: $0).value }
            let mean = estimates.reduce(0, +) / Double(estimates.count)
            let sd = (estimates.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(estimates.count - 1)).squareRoot()
            #expect(abs(mean - expected) < 3.5 * sd / Double(estimates.count).squareRoot(), "\(mean) vs \(expected), sd \(sd)")
        }
    }

    @Test func theExactZFormIsTheKernelQuadraticFormForEveryKind() {
        let n = 5
        let target = Datasets.barsAndStripes(rows: 1, cols: 5)
        for (symmetric, bitFlip) in [(true, false), (false, true), (true, true)] {
            let model = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 3), bandwidths: [0.7, 2.0],
                                 spinSymmetric: symmetric, bitFlip: bitFlip, initialScale: 0.8, seed: 7)
            let p: [Double]
            if bitFlip {
                // ⟨Z_s⟩ of the closed form, transformed back to probabilities.
                var z = (0..<(1 << n)).map { s in model.circuit.bitFlipExpectationZ((0..<n).filter { s >> (n - 1 - $0) & 1 == 1 }) }
                Transforms.walshHadamard(&z)
                p = z.map { $0 / Double(1 << n) }
            } else {
                p = model.circuit.probabilities()
            }
            let kernel = GaussianKernel(bandwidths: [0.7, 2.0], distance: .hamming)
            let quadratic = mmd(Distribution(probabilities: p.map { max(0, $0) }), target, kernel: kernel)
            #expect(abs(model.exactMMD(data: target) - quadratic) < 1e-12, "symmetric \(symmetric) bit flip \(bitFlip)")
        }
    }

    @Test func samplesOfTheModel() {
        let model = IQPModel(qubits: 6, gates: IQPModel.allGates(qubits: 6, maxWeight: 2), bandwidths: [1.0], spinSymmetric: true,
                             initialScale: 0.7, seed: 8)
        let rows = model.sample(count: 20_000, seed: 1)
        let p = model.circuit.probabilities()
        for (a, mask) in [([0, 1], 0b110000), ([2, 5], 0b001001), ([0, 1, 2, 3], 0b111100)] {
            let mean = rows.reduce(0.0) { total, x in total + sign(x, a) } / Double(rows.count)
            let exact = p.indices.reduce(0.0) { $0 + ((($1 & mask).nonzeroBitCount % 2 == 0) ? p[$1] : -p[$1]) }
            #expect(abs(mean - exact) < 3 * (1 / Double(rows.count)).squareRoot() + 1e-3, "a=\(a)")
        }
    }

    @Test func badInputIsAnError() {
        let model = IQPModel(qubits: 3, gates: [[0], [1, 2]], bandwidth: 1.0)
        #expect(throws: QGenError.self) { _ = try model.checkedLossGradient(data: [[0, 1, 0]], operators: 10, samples: 10, seed: 0) }
        #expect(throws: QGenError.self) { _ = try model.checkedLossGradient(data: [[0, 1, 0], [1, 1, 2]], operators: 10, samples: 10, seed: 0) }
        #expect(throws: QGenError.self) { _ = try model.checkedLossGradient(data: [[0, 1, 0], [1, 1, 0]], operators: 10, samples: 1, seed: 0) }
        #expect(throws: QGenError.self) { _ = try IQPModel.checked(qubits: 3, gates: [[0]], bandwidths: [], seed: 0) }
    }
}

/// The test MMD² the paper's way, for every kind of model, against independent references.
@Suite struct IQPTestMMDTests {
    func rows(_ n: Int, _ count: Int, seed: Int, flip: Double = 0.3) -> [[Int]] { ChainRows.rows(n, count, seed: seed, flip: flip) }
    func index(_ x: [Int]) -> Int { ChainRows.index(x) }

    /// Operators average the kernel: k(x, y) = E_a (−1)^{a·(x⊕y)}, so with many operators the
    /// Z-form estimate of two sample sets approaches the kernel U-statistic of the same sets.
    @Test func sampleEstimateApproachesTheKernelUStatistic() {
        let n = 6
        let data = rows(n, 400, seed: 1), model = rows(n, 300, seed: 2, flip: 0.1)
        let z = IQPModel.sampleTestMMD(samples: model, data: data, bandwidth: 1.2, operators: 200_000, repeats: 1, seed: 3)
        let kernel = mmd(samples: model.map(index), data.map(index), qubits: n, kernel: GaussianKernel(bandwidths: [1.2], distance: .hamming),
                         estimator: .unbiased)
        #expect(abs(z.mean - kernel) < 0.02 * kernel, "\(z.mean) vs \(kernel)")
    }

    /// The uniform distribution's and a bit-flip model's estimates against Σₐ wₐ(⟨Z_a⟩ − t_a)²
    /// computed over all 2ⁿ operators (less the data term's offset, as the estimate is unbiased).
    @Test func closedFormModelsApproachTheExactSum() {
        let n = 5
        let data = rows(n, 200, seed: 4)
        let bitFlip = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidths: [1.0], bitFlip: true, initialScale: 0.5, seed: 5)
        let p = IQPModel.operatorDensity(bandwidth: 1.0)
        let empirical = Distribution(samples: data.map(index), qubits: n)
        var t = empirical.probabilities
        Transforms.walshHadamard(&t)
        var uniformExact = 0.0, bitFlipExact = 0.0
        for s in t.indices {
            let w = Foundation.pow(p, Double(s.nonzeroBitCount)) * Foundation.pow(1 - p, Double(n - s.nonzeroBitCount))
            let offset = (1 - t[s] * t[s]) / Double(data.count - 1)
            let u: Double = s == 0 ? 1 : 0
            let b = bitFlip.circuit.bitFlipExpectationZ((0..<n).filter { s >> (n - 1 - $0) & 1 == 1 })
            uniformExact += w * ((u - t[s]) * (u - t[s]) - offset)
            bitFlipExact += w * ((b - t[s]) * (b - t[s]) - offset)
        }
        let uniform = IQPModel.uniformTestMMD(data: data, bandwidth: 1.0, operators: 100_000, repeats: 1, seed: 6)
        let flips = bitFlip.testMMD(data: data, bandwidth: 1.0, operators: 100_000, repeats: 1, seed: 6)
        #expect(abs(uniform.mean - uniformExact) < 0.02 * uniformExact, "\(uniform.mean) vs \(uniformExact)")
        #expect(abs(flips.mean - bitFlipExact) < 0.02 * bitFlipExact, "\(flips.mean) vs \(bitFlipExact)")
        // Repeats split the data as numpy's array_split does, and report the standard error.
        let parts = IQPModel.uniformTestMMD(data: Array(data.prefix(199)), bandwidth: 1.0, operators: 500, repeats: 4, seed: 1)
        #expect(parts.estimates.count == 4)
        let mean = parts.estimates.reduce(0, +) / 4
        let sd = (parts.estimates.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        #expect(abs(parts.mean - mean) < 1e-15 && abs(parts.standardError - sd / 2) < 1e-15)
    }

    @Test func anIQPModelsEstimateApproachesItsExactMMD() {
        let n = 6
        let data = rows(n, 300, seed: 7)
        let model = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 3), bandwidths: [0.9], spinSymmetric: true,
                             initialScale: 0.4, seed: 8)
        let empirical = Distribution(samples: data.map(index), qubits: n)
        let estimate = model.testMMD(data: data, bandwidth: 0.9, operators: 20_000, samples: 500, repeats: 1, seed: 9)
        // The data term pairs distinct rows; its offset is at most 1/(M − 1).
        let exact = model.exactMMD(data: empirical)
        #expect(abs(estimate.mean - exact) < 0.05 * exact + 1.0 / 299, "\(estimate.mean) vs \(exact)")
    }
}

/// The three ways of computing the phases (Walsh–Hadamard, dense BLAS products, sparse sums)
/// give the same estimate and gradient.
@Suite struct IQPEstimatorPathTests {
    @Test func everyPathGivesTheSameNumbers() {
        var rng = SeededGenerator(seed: 1)
        let data = (0..<200).map { _ in (0..<8).map { _ in Int(rng.next() & 1) } }
        for symmetric in [false, true] {
            let model = IQPModel(qubits: 8, gates: IQPModel.allGates(qubits: 8, maxWeight: 3) + [[0, 1]], bandwidths: [0.6, 1.3],
                                 spinSymmetric: symmetric, initialScale: 0.7, seed: 2)
            let packed = PackedSamples(rows: data.map { $0.map { $0 == 1 } }, qubits: 8)
            var results: [(value: Double, gradient: [Double])] = []
            for path in [ZLossEstimator.Path.walsh, .dense, .sparse] {
                var r = SeededGenerator(seed: 3)
                let (ops, weights) = ZLossEstimator.drawOperators(qubits: 8, bandwidths: model.bandwidths, count: 50, rng: &r)
                var estimator = ZLossEstimator(circuit: model.circuit, bitFlip: false)
                estimator.path = path
                let out = estimator.evaluate(operators: ops, weights: weights, targets: ops.map { packed.meanZ($0) }, dataCount: data.count,
                                             samples: 130, rng: &r, gradient: true)
                results.append((out.value, out.gradient))
            }
            for other in results.dropFirst() {
                #expect(abs(other.value - results[0].value) < 1e-12)
                for (a, b) in zip(other.gradient, results[0].gradient) { #expect(abs(a - b) < 1e-12) }
            }
            // The bit-flip model: transforms against the product over each operator's gates.
            let flips = IQPModel(qubits: 8, gates: IQPModel.allGates(qubits: 8, maxWeight: 3) + [[0, 1]], bandwidths: [0.6, 1.3],
                                 spinSymmetric: symmetric, bitFlip: true, initialScale: 1.2, seed: 4)
            var flipResults: [(value: Double, gradient: [Double])] = []
            for path in [ZLossEstimator.Path.walsh, .sparse] {
                var r = SeededGenerator(seed: 3)
                let (ops, weights) = ZLossEstimator.drawOperators(qubits: 8, bandwidths: flips.bandwidths, count: 50, rng: &r)
                var estimator = ZLossEstimator(circuit: flips.circuit, bitFlip: true)
                estimator.path = path
                let out = estimator.evaluate(operators: ops, weights: weights, targets: ops.map { packed.meanZ($0) }, dataCount: data.count,
                                             samples: 130, rng: &r, gradient: true)
                flipResults.append((out.value, out.gradient))
            }
            #expect(abs(flipResults[0].value - flipResults[1].value) < 1e-12)
            for (a, b) in zip(flipResults[0].gradient, flipResults[1].gradient) { #expect(abs(a - b) < 1e-12) }
        }
    }
}

@Suite struct IQPConvergenceTests {
    /// Training stops at the first step where the paper's criterion holds, and not before.
    @Test func trainingStopsWhenTheLossLevelsOff() {
        var rng = SeededGenerator(seed: 2)
        let data = (0..<300).map { _ in (0..<6).map { _ in Int(rng.next() & 1) } }
        var model = IQPModel(qubits: 6, gates: IQPModel.allGates(qubits: 6, maxWeight: 2), bandwidths: [1.0], initialScale: 0.5, seed: 1)
        let losses = model.train(data: data, optimizer: Adam(learningRate: 0.05), steps: 400, operators: 50, samples: 50, seed: 3,
                                 convergenceInterval: 10)
        #expect(losses.count > 20 && losses.count < 400)
        #expect(IQPModel.converged(losses, interval: 10))
        for end in 21..<losses.count { #expect(!IQPModel.converged(Array(losses.prefix(end)), interval: 10), "stopped late at \(end)") }
    }
}
