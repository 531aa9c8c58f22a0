import Testing
@testable import QSim

struct QASMTests {
    static let header = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[3];\n"

    static func u3(_ t: Double, _ p: Double, _ l: Double) -> [Complex] {
        [Complex(cos(t / 2)), -sin(t / 2) * Complex.exp(i: l), sin(t / 2) * Complex.exp(i: p), cos(t / 2) * Complex.exp(i: p + l)]
    }
    static let r = (0.5).squareRoot()
    static let (a, b, c) = (0.3, -1.1, 2.4)

    /// qelib1 gate application, expected matrix on (targets, controls) of a 3-qubit register.
    static let gates: [(String, [Complex], [Int], [Int])] = [
        ("U(0.3,-1.1,2.4) q[1];", u3(a, b, c), [1], []),
        ("u3(0.3,-1.1,2.4) q[2];", u3(a, b, c), [2], []),
        ("u(0.3,-1.1,2.4) q[0];", u3(a, b, c), [0], []),
        ("u2(-1.1,2.4) q[1];", u3(Double.pi / 2, b, c), [1], []),
        ("u1(0.3) q[0];", [1, 0, 0, .exp(i: a)], [0], []),
        ("p(0.3) q[2];", [1, 0, 0, .exp(i: a)], [2], []),
        ("CX q[2],q[0];", [0, 1, 1, 0], [0], [2]),
        ("cx q[0],q[2];", [0, 1, 1, 0], [2], [0]),
        ("id q[1];", [1, 0, 0, 1], [1], []),
        ("x q[1];", [0, 1, 1, 0], [1], []),
        ("y q[1];", [0, -Complex.i, .i, 0], [1], []),
        ("z q[1];", [1, 0, 0, -1], [1], []),
        ("h q[2];", [Complex(r), Complex(r), Complex(r), Complex(-r)], [2], []),
        ("s q[0];", [1, 0, 0, .i], [0], []),
        ("sdg q[0];", [1, 0, 0, -Complex.i], [0], []),
        ("t q[0];", [1, 0, 0, Complex(r, r)], [0], []),
        ("tdg q[0];", [1, 0, 0, Complex(r, -r)], [0], []),
        ("sx q[1];", [Complex(0.5, 0.5), Complex(0.5, -0.5), Complex(0.5, -0.5), Complex(0.5, 0.5)], [1], []),
        ("sxdg q[1];", [Complex(0.5, -0.5), Complex(0.5, 0.5), Complex(0.5, 0.5), Complex(0.5, -0.5)], [1], []),
        ("rx(0.3) q[0];", [Complex(cos(a / 2)), Complex(0, -sin(a / 2)), Complex(0, -sin(a / 2)), Complex(cos(a / 2))], [0], []),
        ("ry(0.3) q[1];", [Complex(cos(a / 2)), Complex(-sin(a / 2)), Complex(sin(a / 2)), Complex(cos(a / 2))], [1], []),
        ("rz(0.3) q[2];", [.exp(i: -a / 2), 0, 0, .exp(i: a / 2)], [2], []),
        ("cz q[1],q[2];", [1, 0, 0, -1], [2], [1]),
        ("cy q[2],q[1];", [0, -Complex.i, .i, 0], [1], [2]),
        ("ch q[0],q[1];", [Complex(r), Complex(r), Complex(r), Complex(-r)], [1], [0]),
        ("swap q[0],q[2];", [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1], [0, 2], []),
        ("ccx q[2],q[0],q[1];", [0, 1, 1, 0], [1], [2, 0]),
        ("cswap q[1],q[0],q[2];", [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1], [0, 2], [1]),
        ("crx(0.3) q[1],q[0];", [Complex(cos(a / 2)), Complex(0, -sin(a / 2)), Complex(0, -sin(a / 2)), Complex(cos(a / 2))], [0], [1]),
        ("cry(0.3) q[1],q[0];", [Complex(cos(a / 2)), Complex(-sin(a / 2)), Complex(sin(a / 2)), Complex(cos(a / 2))], [0], [1]),
        ("crz(0.3) q[0],q[1];", [.exp(i: -a / 2), 0, 0, .exp(i: a / 2)], [1], [0]),
        ("cu1(0.3) q[2],q[1];", [1, 0, 0, .exp(i: a)], [1], [2]),
        ("cp(0.3) q[2],q[1];", [1, 0, 0, .exp(i: a)], [1], [2]),
        ("cu3(0.3,-1.1,2.4) q[0],q[2];", u3(a, b, c), [2], [0]),
        // qelib1's rzz = diag(1, e^{iθ}, e^{iθ}, 1); QSim's ZZ differs by a global phase only.
        ("rzz(0.3) q[0],q[2];", [1, 0, 0, 0, 0, .exp(i: a), 0, 0, 0, 0, .exp(i: a), 0, 0, 0, 0, 1], [0, 2], []),
        ("rxx(0.3) q[0],q[1];", Gate.xx(.constant(a)).matrix([a]), [0, 1], []),
        ("ryy(0.3) q[1],q[2];", Gate.yy(.constant(a)).matrix([a]), [1, 2], []),
    ]

    @Test(arguments: 0..<gates.count)
    func qelib1GateMatchesMatrix(_ i: Int) throws {
        let (line, u, targets, controls) = Self.gates[i]
        let circuit = try Circuit.parseQASM(Self.header + line)
        let got = Reference.circuitMatrix(circuit)
        let want = Reference.fullMatrix(u, targets: targets, controls: controls, qubits: 3)
        #expect(Reference.distanceUpToPhase(got, want) < 1e-12, "\(line)")
    }

    @Test func definitionsBroadcastExpressionsAndMeasure() throws {
        let text = Self.header + """
        creg c[3];
        // a user gate with a parameter expression
        gate mix(theta) a, b { h a; cx a, b; rz(theta/2 + pi^2 - sqrt(4)*cos(0)) b; }
        gate twice(t) a, b { mix(2*t) a, b; barrier a, b; mix(-t) b, a; }
        h q;
        twice(0.7) q[0], q[2];
        barrier q;
        measure q -> c;
        """
        let c = try Circuit.parseQASM(text)
        var ref = Circuit(qubits: 3)
        for k in 0..<3 { ref.h(k) }
        let extra = Double.pi * Double.pi - 2
        ref.h(0); ref.cnot(0, 2); ref.rz(0.7 + extra, 2)
        ref.h(2); ref.cnot(2, 0); ref.rz(-0.35 + extra, 0)
        #expect(Reference.distanceUpToPhase(Reference.circuitMatrix(c), Reference.circuitMatrix(ref)) < 1e-12)
        #expect(c.gateCounts["cnot"] == 2)
    }

    @Test(arguments: 0..<4)
    func exportRoundTrips(_ seed: Int) throws {
        let c = randomCircuit(qubits: 4, gates: 40, seed: seed)
        let text = c.qasm(measure: true)
        let back = try Circuit.parseQASM(text)
        #expect(back.operations.count == c.operations.count)
        #expect(Reference.maxDistance(back.run().amplitudes, c.run().amplitudes) < 1e-12)
        #expect(back.qasm() == c.bound().qasm())
        #expect(Circuit.qasmNumber(-3 * Double.pi / 4) == "-3*pi/4")
    }

    @Test func exportRefusesGatesWithoutQASMName() {
        var c = Circuit(qubits: 2)
        c.unitary([[0, 1], [1, 0]], on: [0])
        #expect(throws: QSimError.self) { try c.validateQASMExport() }
    }

    /// (source, line, column, part of the message)
    static let malformed: [(String, Int, Int, String)] = [
        ("qreg q[2];", 1, 1, "expected 'OPENQASM 2.0;'"),
        ("OPENQASM 3.0;\nqreg q[1];", 1, 10, "only OpenQASM 2.0"),
        (header + "foo q[0];", 4, 1, "unknown gate 'foo'"),
        (header + "h q[5];", 4, 5, "qubit 5 is out of range"),
        (header + "h q[0]\ncx q[0],q[1];", 5, 1, "expected ';'"),
        (header + "rx q[0];", 4, 1, "takes 1 parameter, got 0"),
        (header + "cx q[1],q[1];", 4, 1, "same qubit twice"),
        (header + "creg c[3];\nmeasure q[0] -> c[0];\nx q[0];", 6, 1, "measured qubit"),
        (header + "h r[0];", 4, 3, "unknown quantum register 'r'"),
        (header + "  @", 4, 3, "unexpected character '@'"),
        ("OPENQASM 2.0;\ninclude \"qelib1.inc;", 2, 9, "unterminated string"),
        ("OPENQASM 2.0;\nqreg q[1];\nh q[0];", 3, 1, "add include"),
        (header + "rx(pi*) q[0];", 4, 7, "expected an expression"),
        (header + "gate g(a) x { rz(b) x; }", 4, 18, "unknown parameter 'b'"),
        (header + "gate g x { h y; }", 4, 14, "unknown qubit 'y'"),
        (header + "reset q[0];", 4, 1, "not supported"),
        ("OPENQASM 2.0;\ninclude \"other.inc\";", 2, 9, "only \"qelib1.inc\""),
        (header + "qreg q[2];", 4, 6, "already declared"),
        (header + "cx q, q[0];", 4, 1, "same qubit twice"),
    ]

    @Test(arguments: 0..<malformed.count)
    func malformedInputGivesLocatedError(_ i: Int) {
        let (source, line, column, message) = Self.malformed[i]
        do {
            _ = try Circuit.parseQASM(source)
            Issue.record("case \(i) parsed without error")
        } catch {
            guard case let .qasm(e) = error else { Issue.record("case \(i): \(error)"); return }
            #expect(e.line == line && e.column == column, "case \(i): got \(e)")
            #expect(e.message.contains(message), "case \(i): got \(e.message)")
        }
    }

    @Test func designExampleParses() {
        let q = Circuit(qasm: "OPENQASM 2.0; include \"qelib1.inc\"; qreg q[2]; h q[0]; cx q[0],q[1];")
        let p = q.run().probabilities()
        #expect(abs(p[0] - 0.5) < 1e-15 && abs(p[3] - 0.5) < 1e-15)
    }
}
