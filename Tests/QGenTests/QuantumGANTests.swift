import Foundation
import Testing
import QSim
@testable import QGen

/// The all-quantum GAN, on PennyLane's single-qubit demonstration: the data's state on wire 0,
/// the generator with wire 1 as workspace, the discriminator reading wire 0 into wire 2.
@Suite struct QuantumGANTests {
    static let generatorWeights = [3.1592331770494697, 0.004001572083672233, 0.009787379841057393, 0.022408931992014578,
                                   0.018675579901499675, -0.00977277879876411, 0.009500884175255894, -0.001513572082976979,
                                   -0.0010321885179355784]
    static let discriminatorWeights = [0.41059850193837233, 0.144043571160878, 1.454273506962975, 0.7610377251469934,
                                       0.12167501649282841, 0.44386323274542566, 0.33367432737426683, 1.4940790731576061,
                                       -0.20515826376580087]

    static func demonstration() -> QuantumGAN {
        var real = Circuit(qubits: 3)
        real.h(0); real.rz(Double.pi / 6, 0); real.ry(Double.pi / 2, 0); real.rz(Double.pi / 7, 0)
        var generator = Circuit(qubits: 3)
        let g = generator.addParameters(9, values: generatorWeights)
        generator.h(0); generator.rx(g[0], 0); generator.rx(g[1], 1); generator.ry(g[2], 0); generator.ry(g[3], 1)
        generator.rz(g[4], 0); generator.rz(g[5], 1); generator.cnot(0, 1); generator.rx(g[6], 0); generator.ry(g[7], 0); generator.rz(g[8], 0)
        var discriminator = Circuit(qubits: 3)
        let d = discriminator.addParameters(9, values: discriminatorWeights)
        discriminator.h(0); discriminator.rx(d[0], 0); discriminator.rx(d[1], 2); discriminator.ry(d[2], 0); discriminator.ry(d[3], 2)
        discriminator.rz(d[4], 0); discriminator.rz(d[5], 2); discriminator.cnot(0, 2); discriminator.rx(d[6], 2); discriminator.ry(d[7], 2)
        discriminator.rz(d[8], 2)
        return QuantumGAN(real: real, generator: generator, discriminator: discriminator, output: 2)
    }

    @Test func reproducesPennyLanesDemonstration() {
        var gan = Self.demonstration()
        let before = gan.realJudgedReal
        let dCosts = gan.trainDiscriminator(steps: 50, optimizer: SGD(learningRate: 0.4))
        #expect(dCosts.count == 50 && dCosts.last! < dCosts.first!)
        #expect(gan.realJudgedReal > 0.99 && gan.realJudgedReal > before)
        let gCosts = gan.trainGenerator(steps: 50, optimizer: SGD(learningRate: 0.4))
        #expect(gCosts.last! < gCosts.first!)
        let state = gan.generator.run()
        let bloch = [state.expectation(.x(0)), state.expectation(.y(0)), state.expectation(.z(0))]
        let target = [-0.2169, 0.4505, -0.8660]
        let distance = zip(bloch, target).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
        #expect(distance < 0.15, "Bloch vector \(bloch), distance \(distance)")
    }

    @Test func gradientsMatchFiniteDifferences() throws {
        // The discriminator's cost P(real | fake) − P(real | real) along one parameter.
        let gan = Self.demonstration()
        var plus = gan.discriminator, minus = gan.discriminator
        let x = gan.discriminator.parameterValues, h = 1e-6
        var xp = x, xm = x
        xp[3] += h
        xm[3] -= h
        try plus.checkedSetParameterValues(xp)
        try minus.checkedSetParameterValues(xm)
        func cost(_ d: Circuit) throws -> Double {
            let f = try gan.generator.checkedAppending(d).run().expectation(.z(2))
            let r = try gan.real.checkedAppending(d).run().expectation(.z(2))
            return (f - r) / 2
        }
        let numeric = (try cost(plus) - cost(minus)) / (2 * h)
        var copy = gan
        let first = copy.trainDiscriminator(steps: 1, optimizer: SGD(learningRate: 1e-9))
        #expect(abs(first[0] - (try cost(gan.discriminator))) < 1e-12)
        // One SGD step of size η moves parameter 3 by −η·∂cost.
        let moved = (copy.discriminator.parameterValues[3] - x[3]) / -1e-9
        #expect(abs(moved - numeric) < 1e-5, "\(moved) against \(numeric)")
    }

    @Test func badCircuitsAreRejected() {
        let gan = Self.demonstration()
        #expect(throws: QGenError.self) { try QuantumGAN.checked(real: gan.generator, generator: gan.generator, discriminator: gan.discriminator, output: 2) }
        #expect(throws: QGenError.self) { try QuantumGAN.checked(real: gan.real, generator: gan.generator, discriminator: gan.discriminator, output: 3) }
        #expect(throws: QGenError.self) { try QuantumGAN.checked(real: Circuit(qubits: 2), generator: gan.generator, discriminator: gan.discriminator, output: 0) }
    }
}
