import Testing
@testable import QSim

/// The budget's deadline stops long work in the throwing twins; its memory limit refuses large
/// states and results before allocating; without a budget nothing changes.
@Suite struct ExecutionBudgetTests {
    static func layeredCircuit(qubits n: Int, layers: Int) -> Circuit {
        var c = Circuit(qubits: n)
        for l in 0..<layers {
            for q in 0..<n { c.ry(0.1 * Double(l + q), q) }
            for q in 0..<(n - 1) { c.cnot(q, q + 1) }
        }
        return c
    }

    static let past = ExecutionBudget(deadline: .now - .seconds(1))

    @Test(arguments: [16, 20])   // gate by gate, and the blocked executor
    func aPassedDeadlineStopsARun(_ qubits: Int) {
        let c = Self.layeredCircuit(qubits: qubits, layers: 3)
        ExecutionBudget.with(Self.past) {
            #expect(throws: QSimError.timeLimitExceeded) { try c.checkedRun() }
        }
    }

    @Test func aPassedDeadlineStopsGradientsSamplingAndNoisyRuns() throws {
        var c = Self.layeredCircuit(qubits: 14, layers: 2)
        let theta = c.addParameter(value: 0.3)
        c.rx(theta, 0)
        let psi = c.run()
        ExecutionBudget.with(Self.past) {
            #expect(throws: QSimError.timeLimitExceeded) { try c.checkedExpectationGradient(of: .z(0)) }
            #expect(throws: QSimError.timeLimitExceeded) { try c.checkedParameterShiftGradient(of: Observable(.z(0))) }
            #expect(throws: QSimError.timeLimitExceeded) { try psi.checkedSample(shots: 2_000_000, seed: 1) }
            #expect(throws: QSimError.timeLimitExceeded) { try Self.layeredCircuit(qubits: 8, layers: 2).checkedRunNoisy(.depolarizing(0.01)) }
        }
        // Quick work finishes before any check is due (checks come every 2^16 amplitudes touched).
        #expect(throws: Never.self) { try ExecutionBudget.with(Self.past) { try Self.layeredCircuit(qubits: 6, layers: 3).checkedRun() } }
        let quick = try ExecutionBudget.with(Self.past) { try StateVector.checked(qubits: 2).checkedSample(shots: 10, seed: 1) }
        #expect(quick.count == 10)
    }

    @Test func theMemoryLimitRefusesStatesAndResults() {
        ExecutionBudget.with(ExecutionBudget(memoryLimit: 1 << 20)) {
            #expect(throws: QSimError.memoryLimitExceeded(qubits: 20, bytesNeeded: 16 << 20, limit: 1 << 20)) {
                try Circuit.checked(qubits: 20).checkedRun()
            }
            #expect(throws: QSimError.resultTooLarge(what: "1000000 samples", bytesNeeded: 8_000_000, limit: 1 << 20)) {
                try StateVector.checked(qubits: 1).checkedSample(shots: 1_000_000, seed: 1)
            }
            #expect((try? Circuit.checked(qubits: 16).checkedRun().qubits) == 16)
        }
        #expect(QSimError.memoryLimitExceeded(qubits: 30, bytesNeeded: 16 << 30, limit: 11 << 30).description
                == "a state of 30 qubits needs 16 GiB, more than the memory limit of 11 GiB")
    }

    @Test func withoutABudgetTwinsAndTrappingFormsAgree() throws {
        let c = Self.layeredCircuit(qubits: 18, layers: 2)   // the blocked executor's smallest size
        #expect(try c.checkedRun() == c.run())
        let psi = c.run()
        #expect(try psi.checkedSample(shots: 1000, seed: 9) == psi.sample(shots: 1000, seed: 9))
        #expect(ExecutionBudget.current.deadline == nil && ExecutionBudget.current.memoryLimit == nil)
    }

    @Test func twinsThrowWhatTheTrappingFormsWouldTrapWith() {
        var c = Circuit(qubits: 2)
        #expect(throws: QSimError.qubitOutOfRange(qubit: 5, qubits: 2)) { try c.checkedAppend(.h, on: [5]) }
        #expect(throws: QSimError.invalidQubitCount(0, supported: 1...Circuit.maxQubits)) { try Circuit.checked(qubits: 0) }
        #expect(throws: QSimError.notFinite(what: "a parameter value")) { try c.checkedAddParameter(value: .nan) }
        #expect(throws: QSimError.unsupported("the number of parameters must be non-negative, got -1")) { try c.checkedAddParameters(-1) }
        #expect(throws: QSimError.notFinite(what: "the coefficient of a Pauli term")) {
            try StateVector.checked(qubits: 1).checkedExpectation(Double.nan * PauliString.z(0))
        }
        var t = Tableau(qubits: 2)
        #expect(throws: QSimError.qubitOutOfRange(qubit: 2, qubits: 2)) { try t.checkedApply(.h, on: [2]) }
        #expect(throws: QSimError.notClifford(gate: "t")) { try t.checkedApply(.t, on: [0]) }
        let rho = DensityMatrix(qubits: 1)
        #expect(throws: QSimError.unsupported("density-matrix index 2 out of range 0..<2")) { try rho.checkedEntry(row: 2, column: 0) }
        #expect(throws: QSimError.invalidShots(0, minimum: 1)) {
            try Circuit(qubits: 1).checkedEstimateExpectation(Observable(.z(0)), shots: 0, seed: 1)
        }
    }
}
