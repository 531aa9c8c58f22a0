import Foundation
import Testing
import QSim
@testable import QGen

/// The hybrid QVAE: its ELBO gradient (encoder, decoder and the latent through the adjoint
/// sweep) against finite differences, its KL term against the closed form, and training on
/// bars and stripes.
@Suite struct QVAETests {
    @Test func gradientMatchesFiniteDifferences() throws {
        let model = QVAE(qubits: 3, latent: 2, hidden: 4, layers: 2, seed: 3)
        let x = model.parameters
        let noise = [0.7, -1.2]
        let (_, gradient, _, _) = try model.loss(5, noise: noise, parameters: x)
        #expect(gradient.count == model.parameterCount)
        let h = 1e-6
        var worst = 0.0
        for i in x.indices {
            var plus = x, minus = x
            plus[i] += h
            minus[i] -= h
            let numeric = (try model.loss(5, noise: noise, parameters: plus).value - model.loss(5, noise: noise, parameters: minus).value) / (2 * h)
            worst = max(worst, abs(numeric - gradient[i]))
        }
        #expect(worst < 1e-6, "largest difference \(worst)")
    }

    @Test func theLossIsReconstructionPlusTheClosedFormKL() throws {
        let model = QVAE(qubits: 3, latent: 2, hidden: 4, layers: 2, seed: 4)
        let noise = [0.3, 0.1]
        let r = try model.loss(6, noise: noise, parameters: model.parameters)
        let (mu, logSigma) = try model.checkedEncode(6)
        var kl = 0.0
        for j in 0..<2 {
            let variance: Double = Foundation.exp(2 * logSigma[j])
            kl += 0.5 * (mu[j] * mu[j] + variance - 1 - 2 * logSigma[j])
        }
        #expect(abs(r.kl - kl) < 1e-12)
        let z: [Double] = (0..<2).map { j in mu[j] + Foundation.exp(logSigma[j]) * noise[j] }  // decode() scales it
        let p6: Double = try model.checkedDecode(z).probabilities[6]
        #expect(abs(r.reconstruction + Foundation.log(p6)) < 1e-9)
        #expect(abs(r.value - r.reconstruction - r.kl) < 1e-12)
    }

    /// Bars and stripes 2×2, 4 qubits, a 3-number latent, β = 0.2 (with β = 1 the posterior
    /// collapses: for six equally likely patterns a decoder that ignores the latent reaches the
    /// same ELBO, log 6). The goal: every pattern reconstructed, and more than 90% of the
    /// samples drawn from the prior valid patterns.
    @Test func learnsBarsAndStripes() throws {
        let data = Datasets.barsAndStripes(rows: 2, cols: 2)
        var model = QVAE(qubits: 4, latent: 3, hidden: 8, layers: 5, scale: 0.6, seed: 2)
        let history = model.train(data: data, optimizer: Adam(learningRate: 0.05), steps: 1000, klWeight: 0.2, warmup: 500, seed: 2)
        #expect(history.losses.last! < history.losses.first!)
        let patterns = Datasets.barsAndStripesPatterns(rows: 2, cols: 2)
        #expect(try patterns.map { try model.checkedReconstruct($0) } == patterns)
        let samples = try model.checkedSample(count: 1000, seed: 3)
        let valid = Double(samples.filter { patterns.contains($0) }.count) / 1000
        #expect(valid > 0.9, "valid fraction \(valid)")
    }
}
