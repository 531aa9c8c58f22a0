import Testing
@testable import QSim

/// The density matrix against mixtures of state vectors, which must agree exactly.
struct DensityMatrixTests {
    /// Σ wᵢ |ψᵢ⟩⟨ψᵢ| from (unnormalised) state vectors.
    static func mixture(_ states: [([Complex], Double)]) -> Reference.Matrix {
        let d = states[0].0.count
        var m = Reference.Matrix(repeating: [Complex](repeating: .zero, count: d), count: d)
        for (v, w) in states { for r in 0..<d { for c in 0..<d { m[r][c] += w * v[r] * v[c].conjugate } } }
        return m
    }

    static func distance(_ rho: DensityMatrix, _ m: Reference.Matrix) -> Double {
        var worst = 0.0
        for r in 0..<m.count { for c in 0..<m.count { worst = max(worst, (rho[r, c] - m[r][c]).magnitude) } }
        return worst
    }

    @Test func noiselessRunIsThePureState() {
        let c = randomCircuit(qubits: 3, gates: 25, seed: 2)
        let rho = c.runNoisy(NoiseModel())
        let v = c.run().amplitudes
        #expect(Self.distance(rho, Self.mixture([(v, 1)])) < 1e-12)
        #expect(abs(rho.purity - 1) < 1e-12 && abs(rho.trace - 1) < 1e-12)
        let o: Observable = .z(0) * .x(2) + 0.3 * .y(1)
        #expect(abs(rho.expectation(o) - c.run().expectation(o)) < 1e-12)
    }

    @Test(arguments: [Channel.bitFlip(0.2), .phaseFlip(0.3), .depolarizing(0.25), .amplitudeDamping(0.4), .phaseDamping(0.35)])
    func channelEqualsAverageOverKrausBranches(_ channel: Channel) {
        var c = Circuit(qubits: 2)
        c.h(0); c.ry(0.7, 1); c.cnot(0, 1); c.t(1)
        var rho = DensityMatrix(c.run())
        rho.apply(channel, on: 1)
        // Each Kraus branch as an (unnormalised) state vector: K on qubit 1 via a dense reference.
        let v = c.run().amplitudes
        let branches = channel.krausOperators.map { k -> ([Complex], Double) in
            (Reference.apply(Reference.fullMatrix(k, targets: [1], controls: [], qubits: 2), v), 1)
        }
        #expect(Self.distance(rho, Self.mixture(branches)) < 1e-12)
        #expect(abs(rho.trace - 1) < 1e-12)
    }

    @Test func phaseDampingIsAPhaseFlipWithMatchingCoherenceLoss() {
        // Both leave populations alone and scale the coherences: by √(1−λ) and by 1 − 2p.
        var c = Circuit(qubits: 1)
        c.h(0); c.t(0)
        let lambda = 0.36
        var damped = DensityMatrix(c.run()), flipped = damped
        damped.apply(.phaseDamping(lambda), on: 0)
        flipped.apply(.phaseFlip((1 - (1 - lambda).squareRoot()) / 2), on: 0)
        let asMatrix = (0..<2).map { r in (0..<2).map { c in flipped[r, c] } }
        #expect(Self.distance(damped, asMatrix) < 1e-12)
        let before = DensityMatrix(c.run())
        #expect(abs(damped[0, 1].re - 0.8 * before[0, 1].re) < 1e-12 && abs(damped[0, 1].im - 0.8 * before[0, 1].im) < 1e-12)
        #expect(abs(damped[1, 1].re - before[1, 1].re) < 1e-12)
    }

    @Test func bitFlipNoiseModelEqualsAveragedCircuits() {
        // One gate followed by bit flip p: (1−p)|ψ⟩⟨ψ| + p X|ψ⟩⟨ψ|X, with X inserted by a circuit.
        var c = Circuit(qubits: 2)
        c.ry(0.9, 0)
        let p = 0.15
        let rho = c.runNoisy(NoiseModel(afterSingleQubitGates: [.bitFlip(p)]))
        var flipped = c
        flipped.x(0)
        let m = Self.mixture([(c.run().amplitudes, 1 - p), (flipped.run().amplitudes, p)])
        #expect(Self.distance(rho, m) < 1e-12)
    }

    @Test func depolarizingShrinksPurityAndReadoutFlipsBits() {
        var c = Circuit(qubits: 1)
        c.x(0)
        let rho = c.runNoisy(.depolarizing(0.3))
        // Z expectation of |1⟩ shrinks by (1 − 4p/3).
        #expect(abs(rho.expectation(.z(0)) + (1 - 4 * 0.3 / 3)) < 1e-12)
        #expect(rho.purity < 1)
        let p = rho.probabilities(readout: ReadoutError(p01: 0.1, p10: 0.2))
        let q1 = rho.probabilities()[1]
        #expect(abs(p[0] - ((1 - q1) * 0.9 + q1 * 0.2)) < 1e-12)
        #expect(abs(p[0] + p[1] - 1) < 1e-12)
        #expect(rho.sample(shots: 100, seed: 1, readout: ReadoutError(0.1)) == rho.sample(shots: 100, seed: 1, readout: ReadoutError(0.1)))
    }

    @Test func amplitudeDampingDecaysToGround() {
        var rho = DensityMatrix(qubits: 1)
        var c = Circuit(qubits: 1)
        c.x(0)
        rho.run(c)
        for _ in 0..<5 { rho.apply(.amplitudeDamping(0.5), on: 0) }
        #expect(abs(rho.probabilities()[1] - 1 / 32) < 1e-14)
        #expect(throws: QSimError.self) { try Channel.bitFlip(1.5).validate() }
        #expect(throws: QSimError.invalidQubitCount(14, supported: 1...13)) { try DensityMatrix.validate(qubits: 14) }
    }
}
