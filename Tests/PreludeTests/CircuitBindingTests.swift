import Testing
import QScript
import QSim
@testable import Prelude

/// Runs cells against the Prelude and returns what they printed, or their diagnostics.
func runCells(_ cells: String...) -> [CellResult] {
    let session = Prelude.session()
    return cells.map { session.run($0) }
}

func printed(_ result: CellResult) -> String {
    result.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
}

/// Each cell must print what the same code prints when compiled against QSim: the expected
/// texts below are computed by calling QSim directly, in Swift.
@Suite struct CircuitBindingTests {
    @Test func stableCoreAPIMatchesTheLibrary() {
        var c = Circuit(qubits: 3)
        c.h(0); c.x(1); c.y(2); c.z(0); c.s(0); c.t(0)
        c.rx(0.3, 0); c.ry(0.3, 1); c.rz(0.3, 2)
        c.cnot(0, 1); c.cz(0, 1); c.swap(0, 1); c.zz(0.3, 0, 1)
        let psi = c.run()
        let phi = c.run(from: StateVector(amplitudes: [0.6, 0.8, 0, 0, 0, 0, 0, 0]))
        let expected = """
            \(psi.probabilities())
            \(psi.sample(shots: 20, seed: 7))
            \(psi.expectation(.z(0) * .z(1)))
            \(phi.probabilities())
            \(c.depth) \(c.qubits) \(c.gateCount)

            """
        let results = runCells("""
            var c = Circuit(qubits: 3)
            c.h(0); c.x(1); c.y(2); c.z(0); c.s(0); c.t(0)
            c.rx(0.3, 0); c.ry(0.3, 1); c.rz(0.3, 2)
            c.cnot(0, 1); c.cz(0, 1); c.swap(0, 1); c.zz(0.3, 0, 1)
            let psi: StateVector = c.run()
            let phi = c.run(from: StateVector(amplitudes: [0.6, 0.8, 0, 0, 0, 0, 0, 0]))
            print(psi.probabilities())
            print(psi.sample(shots: 20, seed: 7))
            print(psi.expectation(.z(0) * .z(1)))
            print(phi.probabilities())
            print(c.depth, c.qubits, c.gateCount)
            """)
        #expect(results[0].status == .ok, "\(results[0].diagnostics)")
        #expect(printed(results[0]) == expected)
    }

    @Test func bellStateFromQASMAndWeightedObservables() {
        let q = Circuit(qasm: "OPENQASM 2.0; include \"qelib1.inc\"; qreg q[2]; h q[0]; cx q[0],q[1];")
        let psi = q.run()
        let o: Observable = .z(0) + .x(1)
        let weighted: Observable = 0.5 * (.z(0) - .x(1)) + .y(0) * .y(1)
        let expected = """
            \(psi.probabilities())
            \(psi.expectation(0.5 * .z(0) + .x(0) * .x(1)))
            \(psi.expectation(0.5 * PauliString.z(0) + PauliString.x(0) * PauliString.x(1)))
            \(o) \(psi.expectation(o))
            \(psi.expectation(.z(0) + .x(1))) \(psi.expectation(.z(0) * .z(1))) \(psi.expectation(2 * .x(0) * .x(1)))
            \(weighted) \(psi.expectation(weighted))

            """
        let results = runCells("""
            let q = Circuit(qasm: "OPENQASM 2.0; include \\"qelib1.inc\\"; qreg q[2]; h q[0]; cx q[0],q[1];")
            let psi = q.run()
            print(psi.probabilities())
            print(psi.expectation(0.5 * .z(0) + .x(0) * .x(1)))
            print(psi.expectation(0.5 * PauliString.z(0) + PauliString.x(0) * PauliString.x(1)))
            let o: Observable = .z(0) + .x(1)
            print(o, psi.expectation(o))
            print(psi.expectation(.z(0) + .x(1)), psi.expectation(.z(0) * .z(1)), psi.expectation(2 * .x(0) * .x(1)))
            let weighted: Observable = 0.5 * (.z(0) - .x(1)) + .y(0) * .y(1)
            print(weighted, psi.expectation(weighted))
            """)
        #expect(results[0].status == .ok, "\(results[0].diagnostics)")
        #expect(printed(results[0]) == expected)
    }

    @Test func implicitMembersThatFitNoOverloadAreRejected() {
        let results = runCells("let o: Observable = .z(0) * .x(1)", "let psi = StateVector(qubits: 1)\nprint(psi.expectation(.w(0)))")
        #expect(results[0].diagnostics.first?.message == "cannot convert value of type 'PauliString' to specified type 'Observable'")
        #expect(results[1].diagnostics.first?.message == "reference to member 'w' cannot be resolved without a contextual type")
    }

    @Test func countsAreQSimsCountsOrderedByBitstring() throws {
        var c = Circuit(qubits: 3)
        c.h(0); c.cnot(0, 1); c.ry(0.7, 2)
        let counts = c.run().counts(shots: 500, seed: 11)
        let sorted = counts.sorted { $0.key < $1.key }
        // A compiled program prints a Dictionary in an arbitrary order; a cell receives it sorted.
        let expected = "[" + sorted.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "]\n"
            + sorted.map { "\($0.key) \($0.value)\n" }.joined()
        let results = runCells("""
            var c = Circuit(qubits: 3)
            c.h(0); c.cnot(0, 1); c.ry(0.7, 2)
            let counts = c.run().counts(shots: 500, seed: 11)
            print(counts)
            for key in counts.keys.sorted() {
                print(key, counts[key]!)
            }
            """)
        #expect(results[0].status == .ok, "\(results[0].diagnostics)")
        #expect(printed(results[0]) == expected)
        #expect(counts.values.reduce(0, +) == 500 && counts.count > 2)
    }

    @Test func sumsOfObservablesAndPauliStringsInEveryOrder() {
        let o: Observable = .z(0) + .x(1)
        let psi = StateVector(amplitudes: [0.6, 0.8])
        let expected = "\((.z(0) + o).terms.count) \((o - .x(0)).terms.count)\n"
        let results = runCells("""
            let o: Observable = .z(0) + .x(1)
            print((.z(0) + o).terms.count, (o - .x(0)).terms.count)
            """, "let psi = StateVector(amplitudes: [0.6, 0.8])\nprint(psi.expectation(.z(0) + (.x(0) - .z(0))))")
        #expect(printed(results[0]) == expected, "\(results[0].diagnostics)")
        #expect(printed(results[1]) == "\(psi.expectation(.z(0) + (.x(0) - .z(0))))\n", "\(results[1].diagnostics)")
    }

    @Test func valueSemanticsHoldForCircuits() {
        let results = runCells("""
            var a = Circuit(qubits: 1)
            var b = a
            b.h(0)
            print(a.gateCount, b.gateCount)
            """)
        #expect(printed(results[0]) == "0 1\n")
    }

    @Test func aCircuitShowsItsDiagram() {
        let results = runCells("var c = Circuit(qubits: 2)\nc.h(0)\nc.cnot(0, 1)\nc")
        let rich = results[0].outputs.compactMap { if case .rich(.figure(let svg, _, let alt, _)) = $0 { (svg, alt) } else { nil } }
        #expect(rich.count == 1)
        #expect(rich.first?.0.hasPrefix("<svg") == true)
        #expect(rich.first?.1 == "circuit diagram: 2 qubits, 2 gates")
    }
}

/// Bad input in a cell is a located error and the session lives on; nothing traps.
@Suite struct PreludeErrorTests {
    private func onlyError(_ result: CellResult) -> Diagnostic? {
        #expect(result.status == .error)
        return result.diagnostics.first
    }

    @Test(arguments: [
        ("var c = Circuit(qubits: 2)\nc.h(5)", 2, "qubit 5 is out of range for a register of 2 qubits"),
        ("var c = Circuit(qubits: 2)\nc.cnot(1, 1)", 2, "a gate cannot use the same qubit twice"),
        ("let c = Circuit(qubits: 0)", 1, "0 qubits is not supported"),
        ("let s = StateVector(amplitudes: [1.0, 1.0])", 1, "amplitudes must have norm 1"),
        ("let s = StateVector(amplitudes: [1.0, 0.0, 0.0])", 1, "power of two"),
        ("let c = Circuit(qubits: 70000)", 1, "70000 qubits is not supported"),
        ("let c = Circuit(qasm: \"OPENQASM 2.0; qreg q[1]; h q[3];\")", 1, "QASM 1:"),
        ("let s = StateVector(qubits: 1)\nprint(s.expectation(.z(3)))", 2, "qubit"),
        ("let s = StateVector(qubits: 1)\nprint(s.sample(shots: -1, seed: 1))", 2, "shots must be non-negative"),
        ("let s = StateVector(qubits: 1)\nprint(s.counts(shots: -3, seed: 1))", 2, "shots must be non-negative, got -3"),
        ("let s = StateVector(qubits: 1)\nprint(s.counts(shots: 1 << 40, seed: 1))", 2, "ask for fewer"),
        ("var c = Circuit(qubits: 1)\nc.unitary([[1, 1], [0, 1]], on: [0])", 2, "not unitary"),
    ] as [(String, Int, String)])
    func badInputIsALocatedError(_ cell: String, _ line: Int, _ message: String) throws {
        let results = runCells(cell, "print(\"still alive\")")
        let error = try #require(onlyError(results[0]))
        #expect(error.id == "library-error")
        #expect(error.line == line)
        #expect(error.message.contains(message), "\(error.message)")
        #expect(printed(results[1]) == "still alive\n")
    }
}

/// A figure a cell shows carries its title (pages make it the caption); the titles are those
/// `LibraryCorpus/charts/figure-titles.swift` prints under swiftc.
@Suite struct FigureTitleTests {
    @Test func aShownFigureCarriesItsTitle() {
        let results = runCells("""
            show(plot([1.0, 4.0, 9.0], title: "Squares"))
            var m = BornMachine(qubits: 2, layers: 1, seed: 3)
            let h = m.train(target: Distribution.uniform(qubits: 2), loss: MMD(bandwidths: [1.0]), optimizer: Adam(learningRate: 0.1), steps: 5)
            plot(h)
            """)
        let titles = results[0].outputs.compactMap { if case .rich(.figure(_, _, _, let title)) = $0 { title } else { nil } }
        #expect(titles == ["Squares", "Training: MMD(bandwidths: [1.0])"])
    }
}
