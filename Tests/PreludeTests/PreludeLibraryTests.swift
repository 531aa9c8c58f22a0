import Foundation
import Testing
import QScript
@testable import Prelude

/// The Prelude's bindings are consistent (checked here so a mistake fails a test rather than
/// stopping the process), and its README's member table is the one the bindings generate.
@Suite struct PreludeLibraryTests {
    @Test func bindingsHaveNoProblems() {
        #expect(Library.problems(in: Prelude.bindings) == [])
    }

    @Test func readmeListsEveryMember() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Prelude/README.md").standardized
        let readme = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- members:begin -->\n", end = "<!-- members:end -->"
        let start = try #require(readme.range(of: begin)), stop = try #require(readme.range(of: end))
        let table = Prelude.library().memberTable()
        let current = String(readme[start.upperBound..<stop.lowerBound])
        if current == table { return }
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
            try (readme[..<start.upperBound] + table + readme[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded the member table in Sources/Prelude/README.md; review the diff and run again")
        } else {
            Issue.record("Sources/Prelude/README.md's member table is stale; rewrite it with RECORD_GOLDENS=1 swift test --filter PreludeLibraryTests")
        }
    }
}

/// A QASM error inside a multi-line string points at the offending token in the cell.
@Suite struct QASMErrorPositionTests {
    @Test func errorIsLocatedInsideTheLiteral() {
        let r = Prelude.session().run(#"""
            let bell = Circuit(qasm: """
                OPENQASM 2.0;
                include "qelib1.inc";
                qreg q[2];
                cx q[0], q[7];
                """)
            """#)
        let d = r.diagnostics.first
        #expect(d?.id == "library-error")
        #expect(d?.message.hasSuffix("qubit 7 is out of range for 'q' of size 2") == true)
        #expect((d?.line, d?.column) == (5, 16))
    }

    @Test func aQASMStringInAVariableIsReportedAtTheCall() {
        let r = Prelude.session().run("let text = \"OPENQASM 2.0; qreg q[1]; h q[3];\"\nlet c = Circuit(qasm: text)")
        #expect((r.diagnostics.first?.line, r.diagnostics.first?.column) == (2, 9))
    }
}

import Grading

/// A check cell's `expect(...)` outcomes reach the runner's collector, in order.
@Suite struct CheckCellTests {
    @Test func expectationsAreCollected() {
        let collected = Expectations()
        let session = Prelude.session(collecting: collected)
        _ = session.run("var c = Circuit(qubits: 2)\nc.h(0)\nc.cnot(1, 0)")   // the learner's (wrong) code
        let r = session.run("""
            var target = Circuit(qubits: 2)
            target.h(0)
            target.cnot(0, 1)
            expect(c.run(), equals: target.run(), hint: "the control comes first")
            expect(c.qubits, equals: 2)
            """)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(collected.results.map(\.passed) == [false, true])
        #expect(collected.results[0].hint == "the control comes first")
        #expect(r.outputs == [.value("true")])   // the last expect's result, as a notebook shows it
    }
}
