import Testing
@testable import QSim

struct DiagramTests {
    static func sample() -> Circuit {
        var c = Circuit(qubits: 3)
        let theta = c.addParameter("theta", value: 0.1)
        c.h(0)
        c.cnot(0, 2)
        c.ry(theta, 1)
        c.rz(Double.pi / 2, 2)
        c.swap(0, 1)
        c.cz(1, 2)
        return c
    }

    @Test func textDiagramGolden() {
        let expected = """
        q0: ─[H]──●───────────────×─────
                  │               │
        q1: ──────┼──[RY(theta)]──×──●──
                  │                  │
        q2: ──────⊕───[RZ(π/2)]──────●──
        """
        #expect(Self.sample().diagram() == expected)
        #expect(Self.sample().description == expected)
    }

    @Test func theLayoutIsPublicForOtherDrawings() {
        let layout = Self.sample().diagramLayout
        #expect(layout.qubits == 3)
        #expect(layout.columns.count == 5)
        #expect(layout.columns[1].cells == [.control, .cross, .target])
        #expect(layout.columns[1].spans.map { [$0.0, $0.1] } == [[0, 2]])
        #expect(layout.columns[2].cells == [.wire, .box("RY(theta)"), .box("RZ(π/2)")])
    }

    @Test func tenQubitsFiftyGatesStayReadable() {
        let c = randomCircuit(qubits: 10, gates: 50, seed: 3)
        let text = c.diagram()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 19)
        #expect(lines.filter { $0.hasPrefix("q") }.allSatisfy { $0.count == lines[0].count })
        #expect(c.diagramLayout.columns.flatMap(\.cells).filter { if case .box = $0 { true } else { false } }.count >= 20)
    }
}

func occurrences(of needle: String, in text: String) -> Int {
    text.ranges(of: needle).count
}
