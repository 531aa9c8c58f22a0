import Foundation
import Testing
import QSim
import QGen

/// A reproducible vector with mixed signs.
func randomVector(_ count: Int, seed: Int) -> [Double] {
    var rng = SeededGenerator(seed: seed)
    return (0..<count).map { _ in rng.nextDouble() * 2 - 1 }
}

func denseApply(_ k: GaussianKernel, _ v: [Double]) -> [Double] {
    (0..<v.count).map { x in (0..<v.count).reduce(0) { $0 + k(x, $1) * v[$1] } }
}

@Suite struct KernelTests {
    @Test func theFastProductsEqualTheDenseMatrix() {
        let kernels = [
            GaussianKernel(bandwidths: [1.0]), GaussianKernel(bandwidths: [0.25, 60]),
            GaussianKernel(variances: [0.25, 4]), GaussianKernel(bandwidths: [3000]),
            GaussianKernel(bandwidths: [0.7], distance: .hamming), GaussianKernel(bandwidths: [0.5, 2, 10], distance: .hamming),
        ]
        for k in kernels {
            for n in [1, 2, 5, 8, 10] {
                let v = randomVector(1 << n, seed: n)
                let fast = k.apply(v), dense = denseApply(k, v)
                let scale = dense.reduce(0) { max($0, abs($1)) } + 1
                for i in v.indices { #expect(abs(fast[i] - dense[i]) <= 1e-12 * scale, "\(k) n=\(n) i=\(i)") }
            }
        }
    }

    @Test func conventionsAreTheDocumentedOnes() {
        let k = GaussianKernel(bandwidths: [2.0])
        #expect(abs(k(0, 3) - exp(-9.0 / 8)) < 1e-15)
        let v = GaussianKernel(variances: [4.0])
        #expect(abs(v(0, 3) - exp(-9.0 / 8)) < 1e-15)   // variance 4 = σ 2
        let h = GaussianKernel(bandwidths: [1.0], distance: .hamming)
        #expect(abs(h(0b000, 0b111) - exp(-3.0 / 2)) < 1e-15)
        let mix = GaussianKernel(bandwidths: [1, 2])
        #expect(abs(mix(0, 1) - (exp(-0.5) + exp(-0.125)) / 2) < 1e-15)
        #expect(k.matrix(bits: 2)[1][3] == k(1, 3))
    }

    @Test func exactMMDIsTheQuadraticForm() {
        let p = Distribution(probabilities: randomVector(32, seed: 1).map { abs($0) }.normalisedForTest())
        let q = Distribution.uniform(qubits: 5)
        for k in [GaussianKernel(bandwidths: [1.0]), GaussianKernel(bandwidths: [0.5, 4], distance: .hamming)] {
            let d = zip(p.probabilities, q.probabilities).map { $0 - $1 }
            let form = zip(d, denseApply(k, d)).reduce(0) { $0 + $1.0 * $1.1 }
            #expect(abs(mmd(p, q, kernel: k) - form) < 1e-15)
        }
        #expect(mmd(p, p) == 0)
        #expect(abs(mmd(p, q, bandwidths: [1.0]) - mmd(p, q, kernel: GaussianKernel(bandwidths: [1.0]))) == 0)
    }

    @Test func estimatorsFollowTheirDefinitions() {
        let k = GaussianKernel(bandwidths: [1.5])
        let x = Distribution.uniform(qubits: 4).sample(shots: 60, seed: 1)
        let y = Datasets.barsAndStripes(rows: 2, cols: 2).sample(shots: 45, seed: 2)
        func sum(_ a: [Int], _ b: [Int], skipDiagonal: Bool) -> Double {
            var s = 0.0
            for i in a.indices { for j in b.indices where !(skipDiagonal && i == j) { s += k(a[i], b[j]) } }
            return s
        }
        let m = Double(x.count), n = Double(y.count)
        let v = sum(x, x, skipDiagonal: false) / (m * m) + sum(y, y, skipDiagonal: false) / (n * n) - 2 * sum(x, y, skipDiagonal: false) / (m * n)
        let u = sum(x, x, skipDiagonal: true) / (m * (m - 1)) + sum(y, y, skipDiagonal: true) / (n * (n - 1)) - 2 * sum(x, y, skipDiagonal: false) / (m * n)
        #expect(abs(mmd(samples: x, y, qubits: 4, kernel: k, estimator: .biased) - v) < 1e-14)
        #expect(abs(mmd(samples: x, y, qubits: 4, kernel: k, estimator: .unbiased) - u) < 1e-14)
        // Through histograms (many samples, few outcomes) the same numbers come out.
        let xs = Array(repeating: x, count: 40).flatMap { $0 }, ys = Array(repeating: y, count: 40).flatMap { $0 }
        let big = mmd(samples: xs, ys, qubits: 4, kernel: k, estimator: .biased)
        #expect(abs(big - v) < 1e-13)   // repeating samples leaves the V-statistic unchanged
        // The V-statistic is the exact MMD² of the empirical distributions.
        #expect(abs(v - mmd(Distribution(samples: x, qubits: 4), Distribution(samples: y, qubits: 4), kernel: k)) < 1e-14)
    }

    @Test func theUnbiasedEstimatorIsUnbiased() {
        // Mean over many independent small estimates against the exact MMD².
        let k = GaussianKernel(bandwidths: [1.0])
        let p = Datasets.doubleGaussian(qubits: 3), q = Distribution.uniform(qubits: 3)
        var total = 0.0
        let trials = 400
        for t in 0..<trials {
            total += mmd(samples: p.sample(shots: 10, seed: 2 * t), q.sample(shots: 10, seed: 2 * t + 1), qubits: 3, kernel: k)
        }
        let exact = mmd(p, q, kernel: k)
        #expect(abs(total / Double(trials) - exact) < 0.25 * exact)
    }
}

extension Array where Element == Double {
    func normalisedForTest() -> [Double] { let s = reduce(0, +); return map { $0 / s } }
}
