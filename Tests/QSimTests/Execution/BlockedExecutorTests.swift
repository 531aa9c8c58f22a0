import Testing
@testable import QSim

/// The cache-blocked executor reorders gates that commute (disjoint qubits), so it agrees with
/// the gate-by-gate path to rounding; for a given circuit it is deterministic and bit-identical
/// for any thread count.
struct BlockedExecutorTests {
    /// Small blocks on small registers exercise the same paths as 2^16 blocks on large ones:
    /// gathered and contiguous blocks, gates on run bits, on high bits and across both.
    @Test(arguments: [(9, 5, 2, 1), (10, 6, 3, 2), (11, 6, 2, 3), (12, 8, 2, 4), (12, 7, 4, 5), (13, 9, 3, 6)])
    func blockedEqualsGateByGate(_ n: Int, _ blockBits: Int, _ runBits: Int, _ seed: Int) {
        var c = randomCircuit(qubits: n, gates: 80, seed: seed)
        // A layer like the benchmark's too.
        for q in 0..<n { c.ry(0.1 * Double(q), q) }
        for q in 0..<(n - 1) { c.cnot(q, q + 1) }
        c.unitary(Reference.circuitMatrix(randomCircuit(qubits: 3, gates: 10, seed: seed, parametrized: false)), on: [n - 1, 0, n / 2])
        var a = StateVector(amplitudes: Reference.randomState(qubits: n, seed: seed)), b = a
        a.makeUnique()
        BlockedExecutor(circuit: c, parameters: c.parameterValues, blockBits: blockBits, runBits: runBits)
            .run(on: a.pointer, .serial)
        c.applyGateByGate(to: &b, parameters: c.parameterValues, parallelism: .serial)
        #expect(Reference.maxDistance(a.amplitudes, b.amplitudes) < 1e-12)
    }

    @Test func largeRegisterTakesTheBlockedPath() {
        let n = BlockedExecutor.minimumQubits
        var c = Circuit(qubits: n)
        for q in 0..<n { c.h(q) }
        for q in 0..<n { c.rz(0.1, q) }
        var a = StateVector(qubits: n), b = a
        c.apply(to: &a, parameters: [])
        c.applyGateByGate(to: &b, parameters: [])
        #expect(Reference.maxDistance(a.amplitudes, b.amplitudes) < 1e-13)
        var again = StateVector(qubits: n)
        c.apply(to: &again, parameters: [], parallelism: Parallelism(threads: 2, threshold: 1))
        #expect(again == a)
    }

    @Test func passesGroupManyGates() {
        var c = Circuit(qubits: 22)
        for q in 0..<22 { c.ry(0.3, q) }
        for q in 0..<21 { c.cnot(q, q + 1) }
        let plan = BlockedExecutor(circuit: c, parameters: []).plan()
        #expect(plan.count <= 3)
        #expect(plan.reduce(0) { $0 + $1.operations.count } == 43)
    }

    @Test func resultsAreIdenticalForAnyThreadCount() {
        let c = randomCircuit(qubits: 12, gates: 40, seed: 9)
        var a = StateVector(qubits: 12), b = a
        a.makeUnique(); b.makeUnique()
        let exec = BlockedExecutor(circuit: c, parameters: c.parameterValues, blockBits: 7, runBits: 2)
        exec.run(on: a.pointer, Parallelism(threads: 1, threshold: 1))
        exec.run(on: b.pointer, Parallelism(threads: 2, threshold: 1))
        #expect(a == b)
        var g1 = StateVector(qubits: 12), g2 = g1
        c.applyGateByGate(to: &g1, parameters: c.parameterValues, parallelism: Parallelism(threads: 1, threshold: 1))
        c.applyGateByGate(to: &g2, parameters: c.parameterValues, parallelism: Parallelism(threads: 3, threshold: 1))
        #expect(g1 == g2)
        let e1 = Parallelism(threads: 1, threshold: 1).sum(count: g1.count) { r in r.reduce(0.0) { $0 + Double($1 % 7) * 1e-3 } }
        let e2 = Parallelism(threads: 2, threshold: 1).sum(count: g1.count) { r in r.reduce(0.0) { $0 + Double($1 % 7) * 1e-3 } }
        #expect(e1 == e2)
    }
}
