import Testing
@testable import QSim

struct CircuitTests {
    @Test func bellState() {
        var c = Circuit(qubits: 2)
        c.h(0)
        c.cnot(0, 1)
        let p = c.run().probabilities()
        #expect(abs(p[0] - 0.5) < 1e-15 && abs(p[3] - 0.5) < 1e-15 && p[1] == 0 && p[2] == 0)
        #expect(abs(c.run().expectation(.z(0) * .z(1)) - 1) < 1e-14)
        #expect(abs(c.run().expectation(.x(0) * .x(1)) - 1) < 1e-14)
        #expect(abs(c.run().expectation(.y(0) * .y(1)) + 1) < 1e-14)
    }

    @Test(arguments: [2, 3, 5, 8])
    func ghzState(_ n: Int) {
        var c = Circuit(qubits: n)
        c.h(0)
        for q in 0..<(n - 1) { c.cnot(q, q + 1) }
        let a = c.run().amplitudes
        let r = (0.5).squareRoot()
        #expect(abs(a[0].re - r) < 1e-14 && abs(a[(1 << n) - 1].re - r) < 1e-14)
        #expect(a.enumerated().allSatisfy { $0.offset == 0 || $0.offset == (1 << n) - 1 || $0.element == .zero })
    }

    @Test(arguments: [3, 4, 6])
    func wState(_ n: Int) {
        // W_n by the standard cascade: RY angles 2·acos(√(1/(n−k))) with controlled rotations.
        var c = Circuit(qubits: n)
        c.x(0)
        for k in 0..<(n - 1) {
            let theta = 2 * acosApprox(1 / Double(n - k).squareRoot())
            c.cry(theta, k, k + 1)
            c.cnot(k + 1, k)
        }
        let p = c.run().probabilities()
        for i in 0..<(1 << n) {
            let expected = i.nonzeroBitCount == 1 ? 1 / Double(n) : 0
            #expect(abs(p[i] - expected) < 1e-12, "index \(i)")
        }
    }

    @Test(arguments: 0..<6)
    func circuitsAreUnitaryAndInverseUndoes(_ seed: Int) {
        let c = randomCircuit(qubits: 4, gates: 30, seed: seed)
        let u = Reference.circuitMatrix(c)
        let uu = Reference.multiply(Reference.dagger(u), u)
        #expect(Reference.distanceUpToPhase(uu, Reference.identity(16)) < 1e-12)
        let both = c + c.inverse()
        let psi = StateVector(amplitudes: Reference.randomState(qubits: 4, seed: seed))
        #expect(Reference.maxDistance(both.run(from: psi).amplitudes, psi.amplitudes) < 1e-12)
        // The inverse is the conjugate transpose.
        let inv = Reference.circuitMatrix(c.inverse())
        #expect(Reference.distanceUpToPhase(inv, Reference.dagger(u)) < 1e-12)
    }

    @Test func depthAndCounts() {
        var c = Circuit(qubits: 3)
        c.h(0); c.h(1); c.h(2)      // layer 1
        c.cnot(0, 1)                // layer 2
        c.x(2)                      // layer 2
        c.ccx(0, 1, 2)              // layer 3
        c.rz(0.1, 0)                // layer 4
        #expect(c.depth == 4)
        #expect(c.gateCounts == ["h": 3, "cnot": 1, "x": 1, "ccx": 1, "rz": 1])
        #expect(Circuit(qubits: 2).depth == 0)
    }

    @Test func parametersAreSharedScaledAndComposed() {
        var c = Circuit(qubits: 2)
        let a = c.addParameter("a", value: 0.3)
        c.ry(a, 0)
        c.rz(2 * a + 0.5, 1)
        #expect(c.parameterUses == [[0, 1]])
        var d = Circuit(qubits: 2)
        let b = d.addParameter("b", value: -0.2)
        d.rx(b, 1)
        let both = c + d
        #expect(both.parameterNames == ["a", "b"])
        #expect(both.parameterValues == [0.3, -0.2])
        var ref = Circuit(qubits: 2)
        ref.ry(0.3, 0); ref.rz(2 * 0.3 + 0.5, 1); ref.rx(-0.2, 1)
        #expect(Reference.maxDistance(both.run().amplitudes, ref.run().amplitudes) < 1e-15)
        #expect(both.bound().parameterCount == 0)
        #expect(Reference.maxDistance(both.bound().run().amplitudes, ref.run().amplitudes) == 0)
        let other = both.run(parameters: [0.1, 0.2])
        var ref2 = Circuit(qubits: 2)
        ref2.ry(0.1, 0); ref2.rz(0.7, 1); ref2.rx(0.2, 1)
        #expect(Reference.maxDistance(other.amplitudes, ref2.run().amplitudes) < 1e-15)
    }

    @Test func validationReportsEveryPreconditionWithoutTrapping() {
        let c = Circuit(qubits: 3)
        #expect(throws: QSimError.qubitOutOfRange(qubit: 3, qubits: 3)) { try c.validate(.h, on: [3]) }
        #expect(throws: QSimError.qubitOutOfRange(qubit: -1, qubits: 3)) { try c.validate(.x, on: [0], controls: [-1]) }
        #expect(throws: QSimError.duplicateQubits([1, 1])) { try c.validate(.x, on: [1], controls: [1]) }
        #expect(throws: QSimError.wrongQubitCount(gate: "swap", expected: 2, got: 1)) { try c.validate(.swap, on: [0]) }
        #expect(throws: QSimError.notFinite(what: "the angle of rx")) { try c.validate(.rx(.constant(.nan)), on: [0]) }
        #expect(throws: QSimError.self) { try c.validate(.unitary([[1, 0], [0, 2]]), on: [0]) }
        #expect(throws: QSimError.self) { try c.validate(.unitary([[1, 0], [0, 1]]), on: [0, 1]) }
        #expect(throws: QSimError.self) { try c.validateMatrixShape([[1, 0, 0], [0, 1, 0], [0, 0, 1]]) }
        #expect(throws: QSimError.parameterCount(expected: 0, got: 1)) { try c.validate(parameters: [1]) }
        #expect(throws: QSimError.invalidQubitCount(0, supported: 1...65536)) { try Circuit.validate(qubits: 0) }
        #expect(throws: QSimError.qubitCountMismatch(expected: 3, got: 2)) {
            try c.validateRun(from: StateVector(qubits: 2))
        }
        #expect(throws: QSimError.notNormalized(normSquared: 0.5)) { try StateVector.validate(amplitudes: [0.5, 0.5]) }
        #expect(throws: QSimError.invalidLength(3)) { try StateVector.validate(amplitudes: [1.0, 0, 0]) }
        #expect(throws: QSimError.invalidShots(-1, minimum: 0)) { try StateVector.validate(shots: -1) }
        #expect(throws: QSimError.qubitOutOfRange(qubit: 5, qubits: 3)) { try (PauliString.z(5)).validate(qubits: 3) }
        #expect(throws: QSimError.self) { try (PauliString.x(0) * .y(0)).validate(qubits: 3) }
    }

    @Test func memoryGuardRefusesBeforeAllocating() throws {
        do {
            try StateVector.validate(qubits: 40)
            Issue.record("40 qubits should not fit")
        } catch let e {
            guard case let .insufficientMemory(n, need, have) = e else { Issue.record("wrong error \(e)"); return }
            #expect(n == 40 && need == (1 << 40) * 16 && have > 0)
            #expect(e.description.contains("16 TiB"))
            #expect(e.description.contains("available"))
        }
        try StateVector.validate(qubits: 20)
    }

    @Test func realAmplitudesAsInDesign() {
        var c = Circuit(qubits: 3)
        c.x(0)
        let phi = c.run(from: StateVector(amplitudes: [0.6, 0.8, 0, 0, 0, 0, 0, 0]))
        #expect(phi.amplitudes[4] == Complex(0.6) && phi.amplitudes[5] == Complex(0.8))
        #expect(phi.amplitude("101") == Complex(0.8))
    }
}

/// acos by Newton on cos (keeps the test free of Foundation).
func acosApprox(_ x: Double) -> Double {
    var t = Double.pi / 2 - x
    for _ in 0..<60 { t -= (cos(t) - x) / -sin(t) }
    return t
}
