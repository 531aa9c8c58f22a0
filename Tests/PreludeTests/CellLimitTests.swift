import Testing
import QScript
@testable import Prelude

/// A cell's time and memory limits hold inside library calls: the work stops with a located
/// error saying what the limit was, and the session goes on.
@Suite struct CellLimitTests {
    @Test func aLongSimulationStopsAtTheCellsTimeLimit() {
        let session = Prelude.session()
        let r = session.run("""
            var c = Circuit(qubits: 20)
            for layer in 0..<400 {
                for q in 0..<20 { c.ry(0.1 * Double(layer + q), q) }
                for q in 0..<19 { c.cnot(q, q + 1) }
            }
            let psi = c.run()
            """, timeout: 0.5)
        let d = r.diagnostics.first
        #expect(d?.id == "timeout")
        #expect(d?.message == "the cell ran longer than its time limit of 0.5 s")
        #expect((d?.line, d?.column) == (6, 13))
        // The session keeps what ran before the failing statement, and goes on.
        let next = session.run("print(c.gateCount)")
        #expect(next.outputs == [.text("15600\n")])
    }

    @Test func aStateLargerThanTheCellsMemoryLimitIsRefusedBeforeAllocating() {
        let session = Session(limits: .init(maxMemoryBytes: 1 << 20), library: Prelude.library())
        let r = session.run("let c = Circuit(qubits: 20)\nlet psi = c.run()")
        let d = r.diagnostics.first
        #expect(d?.id == "memory-limit")
        #expect(d?.message == "a state of 20 qubits needs 16 MiB, more than this cell's memory limit of 1 MiB")
        #expect(d?.notes.first?.message == "raise the limit with '//| memory: 20GB' if the machine has room")
        #expect(d?.line == 2)
        let raised = session.run("let big = Circuit(qubits: 20).run()\nprint(big.qubits)", memory: 1 << 26)
        #expect(raised.outputs == [.text("20\n")])
    }

    @Test func theDefaultLimitIsHalfOfTheAvailableMemory() {
        let r = Prelude.session().run("let psi = StateVector(qubits: 40)")
        let d = r.diagnostics.first
        #expect(d?.id == "memory-limit")
        #expect(d?.message.hasPrefix("a state of 40 qubits needs 16 TiB, more than this cell's memory limit (half of the memory available) of ") == true)
    }

    @Test func samplesLargerThanTheLimitAreRefused() {
        let session = Session(limits: .init(maxMemoryBytes: 1 << 20), library: Prelude.library())
        let r = session.run("let psi = StateVector(qubits: 2)\nlet s = psi.sample(shots: 1_000_000, seed: 1)")
        #expect(r.diagnostics.first?.id == "memory-limit")
        #expect(r.diagnostics.first?.message == "1000000 samples would need 7.6 MiB, more than this cell's memory limit of 1 MiB")
    }
}
