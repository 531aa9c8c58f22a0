import Foundation
import Testing
import QSim
@testable import QGen

/// The test MMD² through every operator: against the kernel U-statistic for samples, against a
/// direct sum over operators for circuits and bit-flip models.
@Suite struct IQPExactTestMMDTests {
    func rows(_ n: Int, _ count: Int, seed: Int, flip: Double = 0.3) -> [[Int]] { ChainRows.rows(n, count, seed: seed, flip: flip) }
    func index(_ x: [Int]) -> Int { ChainRows.index(x) }

    /// k(x, y) = Σₐ wₐ(−1)^{a·(x⊕y)} exactly, so over every operator the Z form is the kernel's
    /// unbiased MMD² of the same two sets.
    @Test func samplesGiveTheKernelUStatistic() {
        let n = 7
        let data = rows(n, 300, seed: 1), model = rows(n, 200, seed: 2, flip: 0.1)
        let sigmas = [0.6, 1.3, 2.5]
        let exact = IQPModel.exactSampleTestMMD(samples: model, data: data, bandwidths: sigmas)
        for (sigma, value) in zip(sigmas, exact) {
            let kernel = mmd(samples: model.map(index), data.map(index), qubits: n, kernel: GaussianKernel(bandwidths: [sigma], distance: .hamming),
                             estimator: .unbiased)
            #expect(abs(value - kernel) < 1e-12, "σ = \(sigma): \(value) vs \(kernel)")
        }
    }

    /// Models: Σ_{a≠∅} wₐ(μₐ² − 2μₐtₐ + (tₐ²M − 1)/(M − 1)) with μₐ from `expectationZ` (circuit) or
    /// `bitFlipExpectationZ` one operator at a time (bit-flip model, with a factor cos 2θ of zero
    /// and negative ones, which the transform path handles by counts).
    @Test func modelsGiveTheSumOverOperators() {
        let n = 6
        let data = rows(n, 250, seed: 3)
        let m = Double(data.count)
        let circuit = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 3), bandwidths: [1.0], spinSymmetric: true,
                               initialScale: 0.5, seed: 4)
        var flips = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 3), bandwidths: [1.0], spinSymmetric: true,
                             bitFlip: true, initialScale: 1.2, seed: 5)
        var withZero = flips.circuit.parameters
        withZero[3] = Double.pi / 4
        var plain = IQPModel(qubits: n, gates: IQPModel.allGates(qubits: n, maxWeight: 2), bandwidths: [1.0], bitFlip: true, initialScale: 1.2, seed: 6)
        plain.circuit.parameters[0] = 1.0   // cos 2θ < 0
        for model in [circuit, flips, plain] + [{ flips.circuit.parameters = withZero; return flips }()] {
            for sigma in [0.7, 1.6] {
                let p = IQPModel.operatorDensity(bandwidth: sigma)
                var direct = 0.0
                for s in 1..<(1 << n) {
                    let a = (0..<n).filter { s >> (n - 1 - $0) & 1 == 1 }
                    let mu = model.bitFlip ? model.circuit.bitFlipExpectationZ(a) : model.circuit.expectationZ(a)
                    let t = data.reduce(0.0) { acc, x in acc + (a.reduce(0) { $0 ^ x[$1] } == 1 ? -1 : 1) } / m
                    let w = Foundation.pow(p, Double(a.count)) * Foundation.pow(1 - p, Double(n - a.count))
                    direct += w * (mu * mu - 2 * mu * t + (t * t * m - 1) / (m - 1))
                }
                let exact = model.exactTestMMD(data: data, bandwidth: sigma)
                #expect(abs(exact - direct) < 1e-12, "bitFlip \(model.bitFlip) σ = \(sigma): \(exact) vs \(direct)")
            }
        }
        #expect(throws: QGenError.self) {
            _ = try IQPModel(qubits: 21, gates: [[0]], bandwidths: [1.0]).checkedExactTestMMD(data: [[Int]](repeating: [Int](repeating: 0, count: 21), count: 2), bandwidths: [1.0])
        }
    }
}
