import Testing
@testable import QScript

/// Implicit members and literals take their types from the operator and method overloads, as in
/// Swift. Every expected text and message was recorded from swiftc (see `SpinLibrary.swift`).
struct OverloadInferenceTests {
    func run(_ source: String) -> CellResult {
        Session(library: spinLibrary()).run(source)
    }

    func text(_ r: CellResult) -> String {
        r.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
    }

    @Test func implicitMembersTakeTheirTypeFromTheChosenOverload() {
        let r = run("""
            let p = Probe()
            let o: SpinSum = .up(0) + .down(1)
            print(o)
            print(p.measure(.up(0) + .down(1)))
            print(p.measure(0.5 * .up(0) + .down(0) * .down(1)))
            print(p.measure(.up(0) * .up(1)))
            let x = .up(0) * .up(1)
            print(x)
            let d: SpinSum = .up(0) - .up(1) + .down(3)
            print(d)
            let scaled: SpinSum = 2 * (.up(0) + .down(1))
            print(scaled, p.measure(.zero * .up(1)))
            let w: Spin = .up(0) * 1.5 * .down(2)
            print(w)
            print(p.measure(.up(1) + .zero))
            """)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == """
            U0 + D1
            sum U0 + D1
            sum 0.5U0 + D0D1
            spin U0U1
            U0U1
            U0 + -U1 + D3
            2.0U0 + 2.0D1 spin 0U1
            U01.5D2
            sum U1 + 0

            """)
    }

    @Test func literalsBesideLibraryValuesAreDoubles() {
        let r = run("""
            let p = Probe()
            print(p.measure(2 * .up(0)))
            let s = Spin.up(0)
            print(2 * s, s * 2, (1 + 2) * s, -1 * s)
            print(.pi * .up(0))
            """)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == "spin 2.0U0\n2.0U0 U02.0 3.0U0 -1.0U0\n3.141592653589793U0\n")
    }

    @Test func standardLibraryMembersInOperators() {
        let r = run("let big = .max / 2\nlet r = 2.0\nprint(big, .pi * r, .pi * 2 * .up(1))\nlet y: Double = .pi * 2 + 1\nprint(y)")
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == "4611686018427387903 6.283185307179586 6.283185307179586U1\n7.283185307179586\n")
    }

    @Test func overloadsAreRankedLikeSwift() {
        // A literal keeps its default type if it can (Int over Double), and that weighs more
        // than wrapping a value in an optional (Int? over Double).
        let r = run("let p = Probe()\nprint(p.num(3), p.num(2.5), p.num(1 + 2))\nprint(p.opt(3))")
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == "Int 3 Double 2.5 Int 3\nInt? Optional(3)\n")
    }

    /// Checks `source` with the spin library and counts the operator nodes typed on the way.
    func operatorNodesTyped(_ source: String) -> Int {
        let parsed = Parsing.parse(source, cell: 0)
        let globals = GlobalScope()
        defer { globals.tearDown() }
        let checker = Checker(globals: globals, machine: Machine(), library: spinLibrary(), topLevel: parsed.statements)
        _ = checker.compileCell(parsed.statements)
        #expect(parsed.diagnostics.isEmpty && checker.diagnostics.isEmpty, "\(checker.diagnostics)")
        return checker.operatorNodesTyped
    }

    @Test func aLongSumIsResolvedInLinearTime() {
        let terms = (0..<40).map { ".up(\($0))" }.joined(separator: " + ")
        let r = run("let long: SpinSum = \(terms)\nprint(long)")
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == (0..<40).map { "U\($0)" }.joined(separator: " + ") + "\n")
        // 40 members and 39 `+`: each node is typed at most once, however the sum is built.
        #expect(operatorNodesTyped("let long: SpinSum = \(terms)") <= 79)
    }

    struct Rejected: CustomStringConvertible, Sendable {
        var source: String
        var id: String
        var message: String
        var description: String { source }
    }

    /// Each cell marks with `1️⃣` where the diagnostic points.
    static let rejected: [Rejected] = [
        .init(source: "let o: SpinSum = 1️⃣.up(0) * .down(1)", id: "type-mismatch",
              message: "cannot convert value of type 'Spin' to specified type 'SpinSum'"),
        .init(source: "let x = 1️⃣.q(0) * .up(1)", id: "implicit-member-without-context",
              message: "reference to member 'q' cannot be resolved without a contextual type"),
        .init(source: "let p = Probe()\nprint(p.measure(1️⃣.q(1)))", id: "implicit-member-without-context",
              message: "reference to member 'q' cannot be resolved without a contextual type"),
        .init(source: "let p = Probe()\nprint(p.measure(.up(0) 1️⃣/ .up(1)))", id: "no-operator",
              message: "binary operator '/' cannot be applied to two 'Spin' operands"),
        .init(source: "let x = .up(0) + 1️⃣1", id: "type-mismatch",
              message: "cannot convert value of type 'Int' to expected argument type 'Spin'"),
        .init(source: "let n = 2\nlet x: Spin = .up(0) 1️⃣* n", id: "operand-types",
              message: "binary operator '*' cannot be applied to operands of type 'Spin' and 'Int'"),
        .init(source: "let n = 2\nlet s = Spin.up(0)\nlet u = n 1️⃣* s", id: "operand-types",
              message: "binary operator '*' cannot be applied to operands of type 'Int' and 'Spin'"),
        .init(source: "let t: SpinSum = .zero\nlet u = 1️⃣t * t", id: "type-mismatch",
              message: "cannot convert value of type 'SpinSum' to expected argument type 'Double'"),
        .init(source: "let p = Probe()\nprint(p.measure(1️⃣.zero))", id: "ambiguous-member", message: "ambiguous use of 'zero'"),
        .init(source: "let p = Probe()\nprint(p.measure(1️⃣.zero + .up(1)))", id: "ambiguous-member", message: "ambiguous use of 'zero'"),
        .init(source: "let x = 1️⃣.zero + .zero", id: "ambiguous-member", message: "ambiguous use of 'zero'"),
        .init(source: "let y = 1️⃣.pi * 2", id: "ambiguous-member", message: "ambiguous use of 'pi'"),
        .init(source: "let y = 1️⃣.pi * .pi", id: "ambiguous-member", message: "ambiguous use of 'pi'"),
        .init(source: "let p = Probe()\nprint(p.1️⃣measure(3))", id: "no-matching-overload",
              message: "no exact matches in call to instance method 'measure'"),
        .init(source: "let p = Probe()\nprint(p.1️⃣measure(\"a\"))", id: "no-matching-overload",
              message: "no exact matches in call to instance method 'measure'"),
        // Swift accepts this one: its solver favours `SpinSum + SpinSum -> SpinSum` here, a
        // heuristic QScript does not reproduce, so it rejects the cell instead of guessing.
        .init(source: "let y: SpinSum = 1️⃣.zero + .zero", id: "ambiguous-member", message: "ambiguous use of 'zero'"),
    ]

    @Test(arguments: rejected)
    func rejectedWithSwiftsDiagnostic(_ c: Rejected) throws {
        let (source, line, column) = try #require(DiagnosticTests.locate(c.source))
        let r = run(source)
        #expect(r.status == .error && text(r).isEmpty)
        let d = try #require(r.diagnostics.first)
        #expect(d.id == c.id, "\(d.message)")
        #expect(d.message == c.message)
        #expect((d.line, d.column) == (line, column), "\(d.message)")
    }

    @Test func noMatchNamesEachCandidate() {
        let d = run("let p = Probe()\nprint(p.measure(3))").diagnostics.first
        #expect(d?.notes.map(\.message) == [
            "candidate expects value of type 'Spin' for parameter #1 (got 'Int')",
            "candidate expects value of type 'SpinSum' for parameter #1 (got 'Int')",
        ])
    }
}
