import Foundation
import Testing
@testable import QScript

/// The binding API's features, each used from cells the way a model library uses them:
/// protocols, defaults, six parameters, closures into the library, tuple results, order-free
/// resolution, member listing, usage records, the cell's limits inside library calls.
@Suite struct BindingFeatureTests {
    func session(_ library: Library = Library(bindings: fitterBindings())) -> Session {
        Session(library: library)
    }

    func text(_ r: CellResult) -> String {
        r.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
    }

    @Test func sixParametersDefaultsProtocolsAndATupleResult() throws {
        var f = Fitter()
        let (best, history) = try f.fit(data: [1, 2, 3], penalty: SquarePenalty(weight: 0.5))
        let r2 = try f.fit(data: [1, -2], penalty: AbsPenalty(), rate: 0.5, steps: 2, seed: 7)
        let expected = "\(best) \(history)\n\(r2.best) \(r2.history.count) \(f)\n"
        let r = session().run("""
            var f = Fitter()
            let (best, history) = f.fit(data: [1, 2, 3], penalty: SquarePenalty(weight: 0.5))
            print(best, history)
            let r2 = f.fit(data: [1, -2], penalty: AbsPenalty(), rate: 0.5, steps: 2, seed: 7)
            print(r2.best, r2.history.count, f)
            """)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == expected)
    }

    @Test func theLibraryCallsACellsClosure() throws {
        var f = Fitter()
        var log: [String] = []
        _ = try f.fit(data: [4], penalty: SquarePenalty(weight: 1), steps: 2, onStep: { step, loss in log.append("\(step):\(loss)") })
        let r = session().run("""
            var f = Fitter()
            var log: [String] = []
            _ = f.fit(data: [4], penalty: SquarePenalty(), steps: 2, onStep: { step, loss in log.append("\\(step):\\(loss)") })
            print(log)
            """)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == "\(log)\n")
    }

    @Test func aTrapInsideTheCellsClosureIsLocatedThereAndTheSessionGoesOn() {
        let s = session()
        let r = s.run("""
            var f = Fitter()
            let xs = [1, 2]
            _ = f.fit(data: [1], penalty: AbsPenalty(), onStep: { step, loss in
                print(xs[step + 5])
            })
            """)
        #expect(r.status == .error)
        let d = r.diagnostics.first
        #expect(d?.id == "index-out-of-range")
        #expect((d?.line, d?.column) == (4, 13))
        let after = s.run("print(f.fits, xs)")
        #expect(text(after) == "0 [1, 2]\n")
    }

    @Test func theTimeLimitHoldsInsideACallBack() {
        let r = session().run("""
            var f = Fitter()
            _ = f.fit(data: [1], penalty: AbsPenalty(), onStep: { step, loss in
                var n = 0
                while true { n += 1 }
            })
            """, timeout: 0.2)
        let d = r.diagnostics.first
        #expect(d?.id == "timeout")
        #expect(d?.message == "the cell ran longer than its time limit of 0.2 s")
        #expect(d?.line == 4)
    }

    @Test func protocolTypedValuesPrintAndDispatchAsTheirOwnType() {
        let r = session().run("""
            let p: Penalty = SquarePenalty(weight: 2)
            let ps: [any Penalty] = [SquarePenalty(weight: 1), AbsPenalty()]
            print(p, p.value([1, -2]))
            for q in ps { print(q.value([1, -2])) }
            let s = SquarePenalty(weight: 3)
            print(s.value([1]), s.weight)
            """)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(text(r) == "SquarePenalty(weight: 2.0) 10.0\n5.0\n3.0\n3.0 3.0\n")
    }

    @Test func aValueThatDoesNotConformIsRejectedAsSwiftDoes() {
        let s = session()
        let arg = s.run("var f = Fitter()\n_ = f.fit(data: [1], penalty: Fitter())")
        #expect(arg.diagnostics.first?.message == "argument type 'Fitter' does not conform to expected type 'Penalty'")
        #expect((arg.diagnostics.first?.line, arg.diagnostics.first?.column) == (2, 31))
        let decl = s.run("let p: Penalty = Fitter()")
        #expect(decl.diagnostics.first?.message == "value of type 'Fitter' does not conform to specified type 'Penalty'")
        let any = s.run("let n: any Int = 3")
        #expect(any.diagnostics.first?.message == "'any' has no effect on concrete type 'Int'")
    }

    @Test func defaultsAndLabelsFollowSwiftsRules() {
        let s = session()
        let ok = s.run("print(total(of: [1, 2]), total(of: [1, 2], scaledBy: 3))")
        #expect(text(ok) == "3.0 9.0\n")
        let order = s.run("var f = Fitter()\n_ = f.fit(data: [1], penalty: AbsPenalty(), steps: 2, rate: 0.5)")
        #expect(order.diagnostics.first?.id == "argument-order")
        let missing = s.run("var f = Fitter()\n_ = f.fit(penalty: AbsPenalty())")
        #expect(missing.diagnostics.first?.message == "missing argument for parameter 'data' in call")
    }

    @Test func defaultsMeanTheLibrarysNamesNotTheCells() {
        // A cell's variable cannot change what a default value means.
        let r = session().run("let weight = 99.0\nlet p = SquarePenalty()\nprint(p.weight)")
        #expect(text(r) == "1.0\n")
    }

    @Test func bindingsResolveInAnyOrder() {
        let reversed = Library(bindings: fitterBindings().reversed())
        let r = session(reversed).run("let p: Penalty = AbsPenalty()\nprint(p.value([-1, 2]))")
        #expect(text(r) == "3.0\n")
    }

    @Test func everyMemberIsListedWithItsSwiftDeclaration() {
        let members = Library(bindings: fitterBindings()).members
        let declarations = Set(members.map(\.declaration))
        #expect(declarations.contains("init(weight: Double = 1)"))
        #expect(declarations.contains("func total(of: [Double], scaledBy factor: Double = 1) -> Double"))
        #expect(declarations.contains("func value(_: [Double]) -> Double"))
        #expect(declarations.contains("var fits: Int { get }"))
        #expect(members.contains { $0.kind == .mutatingMethod && $0.owner == "Fitter" && $0.declaration.hasPrefix("mutating func fit(data: [Double], penalty: any Penalty") })
        #expect(Set(members.map(\.key)).count == members.count)
    }

    @Test func usageIsRecordedPerMember() {
        let lib = Library(bindings: fitterBindings())
        lib.recordsUsage = true
        _ = session(lib).run("let p = SquarePenalty(weight: 2)\nprint(p.weight, total(of: [1]))")
        let used = lib.usedMembers
        #expect(used == ["SquarePenalty.init(weight: Double)", "SquarePenalty.weight", "total(of: [Double], scaledBy: Double)"])
    }

    @Test func inconsistentBindingsAreAllReported() {
        struct Unbound {}
        let problems = Library.problems(in: [
            Binding(Fitter.self, "Fitter", conformsTo: ["Nothing"]) { t in
                t.method("a(_:)") { (f: Fitter, u: Unbound) in 0 }
                t.method("b(_:_:)") { (f: Fitter, x: Int) in 0 }
                t.method("c(x: Double)") { (f: Fitter, x: Int) in 0 }
                t.method("d()") { (f: Fitter) in (1, 2.0) }
                t.method("e(_:)") { (f: Fitter, g: @escaping (Int) throws -> Int) in 0 }
            },
            Binding(Fitter.self, "Fitter2"),
        ])
        #expect(problems.count == 7, "\(problems)")
        #expect(problems.contains { $0.contains("'Fitter' conforms to 'Nothing', which is not a bound protocol") })
        #expect(problems.contains { $0.contains("Fitter.a(_:)") && $0.contains("is not a bound type") })
        #expect(problems.contains { $0.contains("the signature has 2 parameters, the closure 1") })
        #expect(problems.contains { $0.contains("the signature says 'Double' but the closure takes Int") })
        #expect(problems.contains { $0.contains("declare a tuple result in the signature") })
        #expect(problems.contains { $0.contains(".closure(") })
        #expect(problems.contains { $0.contains("bound twice") })
    }
}

/// What the library sees of a cell's limits, and how its own limit errors are reported.
@Suite struct CellEnvironmentTests {
    final class Seen: @unchecked Sendable {
        var limits: [CellLimits] = []
    }

    struct OutOfTime: Error {}

    @Test func theLibrarySeesEachCellsLimitsAndItsTimeErrorsBecomeTimeouts() {
        let seen = Seen()
        let lib = Library(bindings: [
            .function("spin()") { () throws -> Int in throw OutOfTime() },
            .function("parse(_:)") { (text: String) throws -> Int in
                guard let i = text.split(separator: "\n").firstIndex(where: { $0.contains("!") }) else { return 0 }
                let line = text.split(separator: "\n")[i]
                let column = line.distance(from: line.startIndex, to: line.firstIndex(of: "!")!) + 1
                throw ScriptError("unexpected '!'", argument: 0, line: i + 1, column: column)
            },
        ], environment: { limits, run in
            seen.limits.append(limits)
            run()
        }, translateError: { error in
            error is OutOfTime ? ScriptError("out of time", kind: .timeout) : nil
        })
        let s = Session(limits: .init(timeout: 2, maxMemoryBytes: 1 << 20), library: lib)
        let r = s.run("print(1)\nlet x = spin()")
        #expect(r.diagnostics.first?.id == "timeout")
        #expect(r.diagnostics.first?.message == "the cell ran longer than its time limit of 2 s")
        #expect((r.diagnostics.first?.line, r.diagnostics.first?.column) == (2, 9))
        _ = s.run("print(2)", timeout: 5, memory: 42)
        #expect(seen.limits.map(\.timeout) == [2, 5])
        #expect(seen.limits.map(\.memoryBytes) == [1 << 20, 42])
        // An error located inside a multi-line string literal points into the literal.
        let q = s.run("""
            let n = parse(\"\"\"
                a
                b!c
                \"\"\")
            """)
        #expect(q.diagnostics.first?.message == "unexpected '!'")
        #expect((q.diagnostics.first?.line, q.diagnostics.first?.column) == (3, 6))
        let single = s.run("let m = parse(\"ab!\")")
        #expect((single.diagnostics.first?.line, single.diagnostics.first?.column) == (1, 18))
    }
}
