import Testing
@testable import QScript

// A small fake library, bound the way `Prelude` binds QSim and QGen.

struct Term: Equatable, CustomStringConvertible {
    var factors: [String]
    static func z(_ q: Int) -> Term { Term(factors: ["Z\(q)"]) }
    static func * (a: Term, b: Term) -> Term { Term(factors: a.factors + b.factors) }
    var description: String { factors.joined(separator: "*") }
}

struct Gadget: CustomStringConvertible {
    var qubits: Int
    var gates: [String] = []
    var label = ""

    init(qubits: Int) { self.qubits = qubits }

    mutating func h(_ q: Int) throws {
        guard q >= 0 && q < qubits else { throw ScriptError("qubit \(q) is out of range for \(qubits) qubits") }
        gates.append("h\(q)")
    }

    mutating func rx(_ angle: Double, _ q: Int) { gates.append("rx(\(angle))\(q)") }
    func expectation(_ t: Term) -> Double { Double(t.factors.count) / 2 }
    func probabilities() -> [Double] { Array(repeating: 1.0 / Double(1 << qubits), count: 1 << qubits) }
    static var bell: Gadget {
        var g = Gadget(qubits: 2)
        g.gates = ["h0", "cx01"]
        return g
    }
    var description: String { "Gadget(\(qubits) qubits: \(gates.joined(separator: " ")))" }
}

func fakeLibrary() -> Library {
    Library(bindings: [
        // Members may name types bound later in the list: bindings resolve all at once.
        Binding(Gadget.self, "Gadget") { t in
            t.initializer("init(qubits:)") { (n: Int) in Gadget(qubits: n) }
            t.mutatingMethod("h(_:)") { (g: inout Gadget, q: Int) in try g.h(q) }
            t.mutatingMethod("rx(_:_:)") { (g: inout Gadget, a: Double, q: Int) in g.rx(a, q) }
            t.method("expectation(_:)") { (g: Gadget, term: Term) in g.expectation(term) }
            t.method("probabilities()") { (g: Gadget) in g.probabilities() }
            t.property("gateCount") { $0.gates.count }
            t.property("label", get: { $0.label }, set: { $0.label = $1 })
            t.staticProperty("bell") { Gadget.bell }
            t.display { g in .figure(svg: "<svg><text>\(g.gates.count) gates</text></svg>", text: "[\(g.gates.count) gates]", alt: g.description) }
        },
        .function("layers(_:depth:)") { (g: Gadget, d: Int) in g.gates.count * d },
        Binding(Term.self, "Term") { t in
            t.staticMethod("z(_:)") { (q: Int) in Term.z(q) }
        },
        .operator("*") { (a: Term, b: Term) in a * b },
    ])
}

struct LibraryBindingTests {
    func run(_ cells: [String]) -> [CellResult] {
        let session = Session(library: fakeLibrary())
        return cells.map { session.run($0) }
    }

    func text(_ r: CellResult) -> String {
        r.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
    }

    @Test func initialisersMethodsAndProperties() {
        let r = run(["""
            var g = Gadget(qubits: 2)
            g.h(0)
            g.rx(0.5, 1)
            print(g, g.gateCount)
            print(g.probabilities())
            """])[0]
        #expect(r.status == .ok)
        #expect(text(r) == "Gadget(2 qubits: h0 rx(0.5)1) 2\n[0.25, 0.25, 0.25, 0.25]\n")
    }

    @Test func valueSemantics() {
        let r = run(["var a = Gadget(qubits: 1)\nvar b = a\nb.h(0)\nprint(a.gateCount, b.gateCount)"])[0]
        #expect(text(r) == "0 1\n")
    }

    @Test func staticMembersImplicitMembersAndOperators() {
        let r = run(["""
            let g = Gadget.bell
            print(g)
            print(g.expectation(.z(0) * .z(1)), g.expectation(Term.z(0)))
            let t: Term = .z(3)
            print(t == .z(3), [t])
            """])[0]
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == "Gadget(2 qubits: h0 cx01)\n1.0 0.5\ntrue [Z3]\n")
    }

    @Test func settablePropertyAndGlobalFunction() {
        let r = run(["var g = Gadget.bell\ng.label = \"pair\"\nprint(g.label, layers(g, depth: 3))"])[0]
        #expect(text(r) == "pair 6\n")
    }

    @Test func richDisplayForLastValueAndShow() {
        let r = run(["var g = Gadget(qubits: 1)\ng.h(0)\nshow(g)\ng"])[0]
        let rich = r.outputs.filter { if case .rich = $0 { true } else { false } }
        #expect(rich.count == 2)
        #expect(rich.first == .rich(.figure(svg: "<svg><text>1 gates</text></svg>", text: "[1 gates]", alt: "Gadget(1 qubits: h0)")))
    }

    @Test func libraryErrorsAreLocatedDiagnosticsAndKeepState() {
        let rs = run(["var g = Gadget(qubits: 1)\ng.h(0)\ng.h(5)", "print(g.gateCount)"])
        let d = rs[0].diagnostics.first
        #expect(d?.id == "library-error")
        #expect(d?.message == "qubit 5 is out of range for 1 qubits")
        #expect((d?.line, d?.column) == (3, 3))
        #expect(text(rs[1]) == "1\n")
    }

    @Test func wrongLabelsAndTypesAreRejectedBeforeRunning() {
        let rs = run(["print(1)\nlet g = Gadget(count: 2)", "let g = Gadget(qubits: 2.5)", "let t: Term = .x(1)"])
        #expect(rs[0].status == .error && text(rs[0]).isEmpty)
        #expect(rs[0].diagnostics.first?.id == "argument-label")
        #expect(rs[1].diagnostics.first?.message == "cannot convert value of type 'Double' to expected argument type 'Int'")
        #expect(rs[2].diagnostics.first?.message == "type 'Term' has no member 'x'")
    }
}
