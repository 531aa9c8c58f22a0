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

    @Test func svgIsDeterministicSelfContainedAndEscaped() {
        var c = Self.sample()
        let p = c.addParameter("<a&b>", value: 1)
        c.rx(p, 0)
        let svg = c.svg()
        #expect(svg == c.svg())
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("RX(&lt;a&amp;b&gt;)"))
        #expect(!svg.contains("<a&b>"))
        #expect(!svg.contains("href") && !svg.contains("<script"))
        #expect(occurrences(of: "<circle", in: svg) == 4)   // 1 CNOT dot + ⊕ + 2 CZ dots
    }

    /// "<" or "&" followed by a combining mark is one Character but still a markup character.
    @Test func escapingWorksOnScalarsNotCharacters() {
        #expect(escapeXML("<\u{338}b&\u{301}") == "&lt;\u{338}b&amp;\u{301}")
        #expect(escapeXML("q\"'>") == "q&quot;&#39;&gt;")
    }

    @Test func tenQubitsFiftyGatesStayReadable() {
        let c = randomCircuit(qubits: 10, gates: 50, seed: 3)
        let text = c.diagram()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 19)
        #expect(lines.filter { $0.hasPrefix("q") }.allSatisfy { $0.count == lines[0].count })
        let svg = c.svg()
        #expect(occurrences(of: "<rect", in: svg) >= 20)
    }
}

func occurrences(of needle: String, in text: String) -> Int {
    text.ranges(of: needle).count
}
