import Foundation
import Testing
import QSim
import QGen

@Suite struct AnsatzTests {
    @Test func parameterCountsAreThePublishedOnes() {
        #expect(BornMachine(qubits: 3, layers: 3).parameterCount == 18)
        let bas = BornMachine(qubits: 9, ansatz: .liuWang(depth: 10, entangler: .lattice(rows: 3, cols: 3)))
        #expect(bas.parameterCount == 279)
        #expect(Entangler.lattice(rows: 3, cols: 3).pairs(qubits: 9).count == 18)
        #expect(BornMachine(qubits: 6, ansatz: .stronglyEntangling(layers: 6)).parameterCount == 108)
    }

    @Test func stronglyEntanglingLayersAreBuiltAsDocumented() {
        let n = 3
        let m = BornMachine(qubits: n, ansatz: .stronglyEntangling(layers: 3), seed: 4)
        let w = m.parameters
        var c = Circuit(qubits: n)
        var k = 0
        for layer in 0..<3 {
            for q in 0..<n { c.rz(w[k], q); c.ry(w[k + 1], q); c.rz(w[k + 2], q); k += 3 }
            let r = layer % (n - 1) + 1
            for q in 0..<n { c.cnot(q, (q + r) % n) }
        }
        let a = c.run().probabilities(), b = m.probabilities()
        for i in a.indices { #expect(abs(a[i] - b[i]) < 1e-14) }
    }

    @Test func entanglersListTheirPairs() {
        #expect(Entangler.ladder.pairs(qubits: 4) == [[0, 1], [1, 2], [2, 3]])
        #expect(Entangler.ring.pairs(qubits: 3) == [[0, 1], [1, 2], [2, 0]])
        #expect(Entangler.lattice(rows: 2, cols: 2).pairs(qubits: 4) == [[0, 2], [0, 1], [1, 3], [1, 0], [2, 0], [2, 3], [3, 1], [3, 2]])
        #expect(throws: QGenError.invalidArgument("pair [0, 5] is out of range for 3 qubits (0...2)")) {
            _ = try Entangler.pairs([[0, 5]]).checkedPairs(qubits: 3)
        }
    }

    @Test func chowLiuKeepsTheStrongestDependencies() {
        // Bits: b1 copies b0; b3 copies b2; b0 and b2 independent and fair. The tree must join
        // 0–1 and 2–3 (log 2 nats each) and one zero-information edge between the halves.
        var p = [Double](repeating: 0, count: 16)
        for b0 in 0..<2 { for b2 in 0..<2 { p[b0 << 3 | b0 << 2 | b2 << 1 | b2] = 0.25 } }
        let d = Distribution(probabilities: p)
        let mi = ChowLiuTree.mutualInformation(d)
        #expect(abs(mi[0][1] - log(2)) < 1e-15 && abs(mi[2][3] - log(2)) < 1e-15 && mi[0][2] == 0)
        let edges = ChowLiuTree.edges(of: d)
        #expect(edges.count == 3)
        #expect(edges.contains([0, 1]) && edges.contains { Set($0) == [2, 3] })
    }
}

@Suite struct BornMachineGradientTests {
    /// Central finite differences of the loss over the parameters.
    func finiteDifference(_ m: BornMachine, target: Distribution, loss: any Loss) throws -> [Double] {
        let h = 1e-6
        return try m.parameters.indices.map { i in
            var plus = m.parameters, minus = m.parameters
            plus[i] += h; minus[i] -= h
            let fp = try loss.evaluate(model: m.checkedProbabilities(parameters: plus), target: target).value
            let fm = try loss.evaluate(model: m.checkedProbabilities(parameters: minus), target: target).value
            return (fp - fm) / (2 * h)
        }
    }

    @Test func exactGradientsMatchFiniteDifferences() throws {
        let target = Datasets.barsAndStripes(rows: 2, cols: 2)
        let m = BornMachine(qubits: 4, ansatz: .liuWang(depth: 2, entangler: .chowLiu(target)), seed: 7)
        let losses: [any Loss] = [MMD(bandwidths: [1.0]), MMD(variances: [0.25, 4]), MMD(bandwidths: [0.8], distance: .hamming),
                                  NegativeLogLikelihood()]
        for loss in losses {
            let (_, g) = m.lossGradient(target: target, loss: loss)
            let fd = try finiteDifference(m, target: target, loss: loss)
            let scale = fd.reduce(0) { max($0, abs($1)) }
            for i in g.indices { #expect(abs(g[i] - fd[i]) < 1e-6 * max(1, scale), "\(loss) parameter \(i)") }
        }
    }

    @Test func sampledGradientsEstimateTheExactOne() throws {
        let target = Distribution.uniform(qubits: 3)
        let m = BornMachine(qubits: 3, layers: 2, seed: 2)
        let exact = m.lossGradient(target: target, loss: MMD()).gradient
        let sampled = m.lossGradient(target: target, loss: MMD(shots: 200_000), seed: 5).gradient
        let scale = exact.reduce(0) { max($0, abs($1)) }
        for i in exact.indices { #expect(abs(sampled[i] - exact[i]) < 0.05 * scale, "parameter \(i)") }
    }
}

@Suite struct BornMachineTrainingTests {
    /// Reproduction 1: the seed's model, 3 qubits, 3 layers, σ = 1 on integers, uniform target,
    /// exact MMD with Adam(0.1) for 200 steps reaches MMD² < 1e-4.
    @Test func theSeedModelLearnsTheUniformDistribution() {
        let u = Distribution.uniform(qubits: 3)
        var model = BornMachine(qubits: 3, layers: 3, seed: 1)
        let history = model.train(target: u, loss: MMD(bandwidths: [1.0]), optimizer: Adam(learningRate: 0.1), steps: 200)
        #expect(history.losses.count == 200)
        #expect(history.finalLoss < 1e-4)
        #expect(abs(history.finalMMD - history.finalLoss) < 1e-15)
        #expect(history.losses[0] > 100 * history.finalLoss)
        #expect(abs(mmd(model.distribution, u) - history.finalLoss) < 1e-15)
    }

    /// The same model trained from 1,000 shots per evaluation with parameter-shift gradients.
    @Test func theShotBasedVersionConvergesToo() {
        let u = Distribution.uniform(qubits: 3)
        var model = BornMachine(qubits: 3, layers: 3, seed: 1)
        let history = model.train(target: u, loss: MMD(bandwidths: [1.0], shots: 1000), optimizer: Adam(learningRate: 0.1), steps: 200, seed: 3)
        #expect(history.finalMMD < 2e-3 && history.mmds[0] > 10 * history.finalMMD, "\(history)")
        // Deterministic for a seed.
        var again = BornMachine(qubits: 3, layers: 3, seed: 1)
        #expect(again.train(target: u, loss: MMD(bandwidths: [1.0], shots: 1000), optimizer: Adam(learningRate: 0.1), steps: 200, seed: 3) == history)
    }

    /// Reproduction 3: PennyLane's QCBM demonstration (double Gaussian on 6 qubits, strongly
    /// entangling layers ×6, kernel σ ∈ {0.25, 60}, parameters uniform in [0, 1), Adam(0.1), 100 steps): KL < 0.01.
    @Test func theDoubleGaussianOfPennyLanesDemonstration() {
        let target = Datasets.doubleGaussian(qubits: 6)
        var model = BornMachine(qubits: 6, ansatz: .stronglyEntangling(layers: 6))
        var rng = SeededGenerator(seed: 42)
        model.parameters = model.parameters.map { _ in rng.nextDouble() }
        let history = model.train(target: target, loss: MMD(bandwidths: [0.25, 60]), optimizer: Adam(learningRate: 0.1), steps: 100)
        #expect(history.finalKLDivergence < 0.01)
    }

    @Test func callbacksEarlyStopsAndErrorsBehave() throws {
        let u = Distribution.uniform(qubits: 2)
        var model = BornMachine(qubits: 2, layers: 2, seed: 3)
        var seen: [Int] = []
        let h = model.train(target: u, steps: 500, stopBelow: 1e-3) { step, _ in seen.append(step) }
        #expect(h.stopReason == "stopBelow" && h.losses.last! < 1e-3 && seen == Array(0..<h.steps))
        struct Stop: Error {}
        var m2 = BornMachine(qubits: 2, layers: 2, seed: 3)
        let before = m2.parameters
        #expect(throws: Stop.self) { try m2.checkedTrain(target: u, steps: 10) { step, _ in if step == 2 { throw Stop() } } }
        #expect(m2.parameters != before)   // three steps were taken and kept
        #expect(throws: QGenError.sizeMismatch(what: "target distribution: bits", expected: 2, got: 3)) {
            try m2.checkedTrain(target: .uniform(qubits: 3))
        }
    }

    @Test func aTimeLimitStopsTraining() {
        var model = BornMachine(qubits: 8, layers: 4, seed: 1)
        let budget = ExecutionBudget(deadline: .now + .milliseconds(200))
        #expect(throws: QGenError.simulator(.timeLimitExceeded)) {
            try ExecutionBudget.with(budget) {
                try model.checkedTrain(target: .uniform(qubits: 8), steps: 1_000_000)
            }
        }
    }

    @Test func lbfgsTrainsWithExactGradients() {
        let target = Datasets.barsAndStripes(rows: 2, cols: 2)
        var model = BornMachine(qubits: 4, ansatz: .liuWang(depth: 4, entangler: .chowLiu(target)), seed: 1)
        let h = model.train(target: target, loss: MMD(variances: [0.25, 4]), optimizer: LBFGS(), steps: 200)
        #expect(h.finalKLDivergence < 0.05, "\(h)")
        #expect(validFraction(model.distribution, validFor: target) > 0.97)
    }
}

/// A Born machine started from a prepared state (Zoufal et al.'s option of a normal prior).
@Suite struct PreparedStateTests {
    @Test func thePreparedStateIsWhereTheCircuitStarts() throws {
        let prior = Datasets.roundedLogNormal(qubits: 3, count: 5_000, seed: 1)
        let psi = prior.amplitudes
        var machine = BornMachine(qubits: 3, ansatz: .ryCZ(reps: 1), initialState: psi, seed: 4)
        // All angles zero: RY(0) is the identity and CZ only changes phases, so the
        // distribution is the prepared one.
        try machine.setParameters([Double](repeating: 0, count: machine.parameterCount))
        #expect(zip(machine.probabilities(), prior.probabilities).allSatisfy { abs($0 - $1) < 1e-12 })
        // With angles, the machine equals the ansatz without its Hadamards run from ψ.
        var plain = try Ansatz.ryCZ(reps: 1).checkedCircuit(qubits: 3, initialState: [1, 0, 0, 0, 0, 0, 0, 0])
        let angles = (0..<machine.parameterCount).map { 0.3 + 0.1 * Double($0) }
        try machine.setParameters(angles)
        try plain.checkedSetParameterValues(angles)
        let expected = plain.run(from: StateVector(amplitudes: psi)).probabilities()
        #expect(zip(machine.probabilities(), expected).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func gradientsFlowThroughThePreparation() {
        let target = Datasets.roundedLogNormal(qubits: 3, count: 5_000, seed: 2)
        let psi = Distribution.uniform(qubits: 3).amplitudes.enumerated().map { $0.offset == 0 ? 0.6 : $0.element * 0.8 / (7.0 / 8).squareRoot() }
        let machine = BornMachine(qubits: 3, ansatz: .ryCZ(reps: 2), initialState: psi, seed: 3)
        let (_, gradient) = machine.lossGradient(target: target, loss: MMD(bandwidths: [1.0]))
        let x = machine.parameters, h = 1e-6
        for i in x.indices {
            var plus = machine, minus = machine
            var xp = x, xm = x
            xp[i] += h
            xm[i] -= h
            plus.parameters = xp
            minus.parameters = xm
            let numeric = (plus.lossGradient(target: target, loss: MMD(bandwidths: [1.0])).value
                - minus.lossGradient(target: target, loss: MMD(bandwidths: [1.0])).value) / (2 * h)
            #expect(abs(numeric - gradient[i]) < 1e-7, "parameter \(i)")
        }
    }

    @Test func aBadStateIsRejected() {
        #expect(throws: QGenError.self) { try BornMachine.checked(qubits: 2, ansatz: .ryCZ(reps: 1), initialState: [1, 1, 0, 0]) }
        #expect(throws: QGenError.self) { try BornMachine.checked(qubits: 2, ansatz: .ryCZ(reps: 1), initialState: [1, 0]) }
    }
}
