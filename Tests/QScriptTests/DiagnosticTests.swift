import Testing
@testable import QScript

/// Every diagnostic id, each with a cell whose `1️⃣` marks where the diagnostic must point
/// (the marker is removed before running; positions count characters, 1-based).
struct DiagnosticTests {
    struct Case: CustomStringConvertible, Sendable {
        var id: String
        var source: String
        var description: String { id }
    }

    static let cases: [Case] = [
        // syntax and structure
        Case(id: "syntax", source: "let x = (1 + 21️⃣\nprint(x)"),
        Case(id: "operator-precedence", source: "let b = 1 1️⃣== 2 == 3"),
        Case(id: "too-complex", source: "let x = " + String(repeating: "1 + ", count: 1000) + "1"),
        Case(id: "unsupported", source: "let a = 1\n1️⃣class P {}"),
        Case(id: "unknown-module", source: "import 1️⃣UIKit"),
        // names and declarations
        Case(id: "undefined-name", source: "print(1️⃣nope)"),
        Case(id: "undefined-type", source: "let x: 1️⃣Matrix = 1"),
        Case(id: "redeclaration", source: "let a = 1\nlet 1️⃣a = 2"),
        Case(id: "let-assignment", source: "let k = 1\n1️⃣k = 2"),
        Case(id: "uninitialized", source: "var t: Int\nprint(1️⃣t)"),
        Case(id: "missing-type", source: "var 1️⃣t"),
        Case(id: "type-as-value", source: "let t = 1️⃣Int"),
        Case(id: "not-assignable", source: "var a = 1\n(1️⃣a + 1) = 3"),
        Case(id: "immutable-member", source: "var a = [1]\na.1️⃣count = 3"),
        Case(id: "discard-outside-assignment", source: "print(1️⃣_)"),
        // types
        Case(id: "type-mismatch", source: "let s: String = 1️⃣5"),
        Case(id: "operand-types", source: "let n = 3\nlet y = n 1️⃣* 0.5"),
        Case(id: "no-operator", source: "let y = true 1️⃣+ false"),
        Case(id: "constant-overflow", source: "let z = 9223372036854775807 1️⃣+ 1"),
        Case(id: "nil-without-context", source: "let v = 1️⃣nil"),
        Case(id: "empty-collection", source: "let e = 1️⃣[]"),
        Case(id: "heterogeneous-literal", source: "let h = 1️⃣[1, \"a\"]"),
        Case(id: "not-hashable", source: "let d: [(1️⃣Int, Int): Int] = [:]"),
        Case(id: "any-concrete-type", source: "let x: 1️⃣any Int = 1"),
        Case(id: "optional-not-unwrapped", source: "let o: Int? = 1\nlet i: Int = 1️⃣o"),
        Case(id: "optional-member", source: "let o: [Int]? = [1]\nprint(o.1️⃣count)"),
        Case(id: "force-unwrap-non-optional", source: "let i = 1\nprint(i1️⃣!)"),
        Case(id: "optional-chain-alone", source: "let o: Int? = 1\nlet p = 1️⃣o?"),
        Case(id: "chain-non-optional", source: "let s = \"a\"\nprint(1️⃣s?.count)"),
        Case(id: "binding-non-optional", source: "let i = 1\nif let j = 1️⃣i { print(j) }"),
        Case(id: "no-member", source: "let i = 1\nprint(i.1️⃣size)"),
        Case(id: "method-as-value", source: "let a = [1]\nlet f = a.1️⃣append"),
        Case(id: "no-subscript", source: "let i = 1\nprint(i1️⃣[0])"),
        Case(id: "string-subscript", source: "let s = \"abc\"\nprint(s1️⃣[0])"),
        Case(id: "not-sequence", source: "for x in 1️⃣5 { print(x) }"),
        Case(id: "not-callable", source: "let i = 1\nprint(1️⃣i(2))"),
        Case(id: "not-equatable", source: "let fs = [{ 1 }]\nprint(fs.1️⃣contains(fs[0]))"),
        Case(id: "not-comparable", source: "let a = [true, false]\nprint(a.1️⃣sorted())"),
        Case(id: "no-initializer", source: "let x = 1️⃣Int(true)"),
        Case(id: "generic-parameter", source: "let a = 1️⃣Array()"),
        Case(id: "implicit-member-without-context", source: "let x = 1️⃣.pi"),
        Case(id: "needs-import", source: "let r = 1️⃣sqrt(2.0)"),
        Case(id: "ambiguous-operator", source: "print(1️⃣-(2 - 5))"),
        Case(id: "ambiguous-member", source: "let y = 1️⃣.pi * 2"),
        Case(id: "ambiguous-function", source: "func f(a: Int) {}\nfunc f(b: Int) {}\nlet g = 1️⃣f"),
        Case(id: "operator-as-function", source: "let r = [1, 2].map(1️⃣+)"),
        // calls
        Case(id: "argument-label", source: "func f(a: Int) -> Int { a }\nprint(f(1️⃣b: 1))"),
        Case(id: "argument-count", source: "func f(a: Int) -> Int { a }\nprint(f(a: 1, 1️⃣2))"),
        Case(id: "argument-order", source: "print(1, terminator: \"\", 1️⃣separator: \",\")"),
        Case(id: "closure-arity", source: "let r = [1].map 1️⃣{ a, b in a }"),
        Case(id: "closure-param-type", source: "let f = 1️⃣{ $0 + 1 }"),
        Case(id: "unused-closure", source: "1️⃣{ print(1) }"),
        // statements and control flow
        Case(id: "missing-return", source: "func f(_ x: Int) -> Int {\n    if x > 0 { return 1 }\n1️⃣}"),
        Case(id: "missing-return-value", source: "func f() -> Int {\n    1️⃣return\n}"),
        Case(id: "unexpected-return-value", source: "func f() {\n    return 1️⃣5\n}"),
        Case(id: "return-outside-function", source: "1️⃣return"),
        Case(id: "guard-fallthrough", source: "func f(_ x: Int) {\n    guard x > 0 else {\n        print(x)\n    1️⃣}\n}"),
        Case(id: "break-outside-loop", source: "1️⃣break"),
        Case(id: "continue-outside-loop", source: "switch 1 {\ncase 1: 1️⃣continue\ndefault: break\n}"),
        Case(id: "undefined-label", source: "for i in 0..<2 {\n    1️⃣break outer\n}"),
        Case(id: "switch-not-exhaustive", source: "let i = 1\n1️⃣switch i {\ncase 1: print(1)\n}"),
        Case(id: "empty-case", source: "switch 1 {\n1️⃣case 1:\ndefault: break\n}"),
        Case(id: "default-not-last", source: "switch 1 {\ndefault: break\n1️⃣case 1: break\n}"),
        Case(id: "pattern-type", source: "switch 1 {\ncase 1️⃣\"a\": break\ndefault: break\n}"),
        // run-time traps
        Case(id: "overflow", source: "var i = Int.max\ni 1️⃣+= 1"),
        Case(id: "division-by-zero", source: "var z = 0\nprint(1 1️⃣/ z)"),
        Case(id: "index-out-of-range", source: "let a = [1]\nvar i = 3\nprint(a1️⃣[i])"),
        Case(id: "unwrap-nil", source: "let o: Int? = nil\nprint(o1️⃣!)"),
        Case(id: "invalid-conversion", source: "let d = Double.nan\nprint(1️⃣Int(d))"),
        Case(id: "invalid-range", source: "var hi = -1\nfor i in 0 1️⃣..< hi { print(i) }"),
        Case(id: "negative-count", source: "var n = -1\nlet a = 1️⃣Array(repeating: 0, count: n)"),
        Case(id: "allocation-limit", source: "let a = 1️⃣Array(repeating: 0, count: 10_000_000_000)"),
        Case(id: "stride-zero", source: "var s = 0\nfor i in 1️⃣stride(from: 0, to: 5, by: s) { print(i) }"),
        Case(id: "invalid-radix", source: "var r = 99\nprint(1️⃣String(10, radix: r))"),
        Case(id: "invalid-character", source: "var s = \"ab\"\nlet c = 1️⃣Character(s)"),
        Case(id: "duplicate-key", source: "var k = 1\nlet d = 1️⃣[k: 1, 1: 2]"),
        Case(id: "format-arguments", source: "import Foundation\nprint(1️⃣String(format: \"%d\", 1.5))"),
        Case(id: "fatal-error", source: "1️⃣fatalError(\"stop\")"),
        Case(id: "assertion", source: "var x = 1\n1️⃣precondition(x > 1, \"too small\")"),
        Case(id: "precondition", source: "var n = -1\nlet p = \"a b\".1️⃣split(separator: \" \", maxSplits: n)"),
        Case(id: "empty-collection", source: "var a: [Int] = []\na.1️⃣removeLast()"),
        // enums, errors, casts, generics, numbers (issue 9)
        Case(id: "not-conforming", source: "struct 1️⃣L: CustomStringConvertible { var t = 0 }"),
        Case(id: "recursive-enum", source: "enum 1️⃣L { case end, node(Int, L) }"),
        Case(id: "recursive-struct", source: "struct N {\n    var v = 0\n    var 1️⃣next: N?\n}"),
        Case(id: "raw-type-payload", source: "enum E: Int { case a(1️⃣Int) }"),
        Case(id: "raw-value-without-type", source: "enum E { case a = 1️⃣1 }"),
        Case(id: "raw-value-literal", source: "let k = 2\nenum E: Int { case a = 1️⃣k }"),
        Case(id: "raw-value-required", source: "enum E: Double { case a = 0.5, 1️⃣b }"),
        Case(id: "raw-value-not-unique", source: "enum E: Int { case a = 1, b = 1️⃣1 }"),
        Case(id: "raw-value-overflow", source: "enum E: Int { case a = 9223372036854775807, 1️⃣b }"),
        Case(id: "not-case-iterable", source: "enum 1️⃣E: CaseIterable { case a(Int) }"),
        Case(id: "no-associated-values", source: "enum E { case a }\nlet x = E.1️⃣a(1)"),
        Case(id: "pattern-label", source: "enum E { case a(w: Int) }\nif case .a(v: 1️⃣let x) = E.a(w: 1) { print(x) }"),
        Case(id: "missing-try", source: "enum F: Error { case x }\nfunc f() throws -> Int { 1 }\nlet y = 1️⃣f()"),
        Case(id: "unhandled-error", source: "enum F: Error { case x }\nfunc f() throws -> Int { 1 }\nfunc g() -> Int { try 1️⃣f() }"),
        Case(id: "not-an-error", source: "func f() throws { throw 1️⃣5 }"),
        Case(id: "uncaught-error", source: "enum F: Error { case x }\nfunc f() throws { 1️⃣throw F.x }\ntry f()"),
        Case(id: "try-forced", source: "enum F: Error { case x }\nfunc f() throws -> Int { throw F.x }\nprint(1️⃣try! f())"),
        Case(id: "cast-failed", source: "let a: Any = \"s\"\nprint(a 1️⃣as! Int)"),
        Case(id: "generic-inference", source: "func e<T>() -> [T] { [] }\nprint(1️⃣e().count)"),
        Case(id: "generic-requirement", source: "struct B {}\nfunc m<T: Comparable>(_ x: [T]) -> T? { x.max() }\nprint(1️⃣m([B()]) == nil)"),
        Case(id: "literal-overflow", source: "let x: UInt8 = 1️⃣256"),
        Case(id: "conversion-overflow", source: "let n = 300\nprint(1️⃣UInt8(n))"),
        Case(id: "recursion-limit", source: "func f(_ n: Int) -> Int { 1️⃣f(n + 1) }\nprint(f(0))"),
        Case(id: "timeout", source: "var i = 0\n1️⃣while true { i += 1 }"),
        // initializers and static members (issue 9)
        Case(id: "self-before-initialization", source: "struct P {\n    var x: Int\n    var y: Int\n    init() {\n        x = 1\n        print(1️⃣y)\n        y = 2\n    }\n}"),
        Case(id: "initializer-return", source: "struct P {\n    var x: Int\n    init(f: Bool) {\n        if f { x = 1 }\n    1️⃣}\n}"),
        Case(id: "no-initializer", source: "struct P {\n    var x = 0\n    init(a: Int) {}\n    init(b: Int) {}\n}\nlet p = 1️⃣P(c: 1)"),
        Case(id: "static-on-instance", source: "struct P {\n    static let k = 1\n}\nprint(P().1️⃣k)"),
    ]

    /// Splits the marker out of a source: the text without it, and its line and column.
    static func locate(_ marked: String) -> (source: String, line: Int, column: Int)? {
        guard let r = marked.range(of: "1️⃣") else { return nil }
        let before = marked[..<r.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0) + 1
        return (marked.replacingCharacters(in: r, with: ""), line, column)
    }

    @Test(arguments: cases)
    func diagnostic(_ c: Case) throws {
        let session = Session(limits: .init(timeout: 0.3, maxRecursionDepth: 500))
        if let (source, line, column) = Self.locate(c.source) {
            let d = try #require(session.run(source).diagnostics.first, "\(c.id): no diagnostic")
            #expect(d.id == c.id, "\(c.id): got \(d.id): \(d.message)")
            #expect((d.line, d.column) == (line, column), "\(c.id): at \(d.line):\(d.column), marker at \(line):\(column): \(d.message)")
        } else {
            let d = try #require(session.run(c.source).diagnostics.first, "\(c.id): no diagnostic")
            #expect(d.id == c.id, "\(c.id): got \(d.id): \(d.message)")
        }
    }

    /// "X is/are not supported", with a hint after "; " (outside parentheses) kept after the sentence.
    @Test func anUnsupportedConstructReadsAsASentence() {
        #expect(Diagnostic.unsupported("nested optionals") == "nested optionals are not supported in QScript cells")
        #expect(Diagnostic.unsupported("using a method of a struct as a value; call it")
                == "using a method of a struct as a value is not supported in QScript cells; call it")
        #expect(Diagnostic.unsupported("the 'lazy' view (its closures run at each access; use the eager 'map')")
                == "the 'lazy' view (its closures run at each access; use the eager 'map') is not supported in QScript cells")
        let session = Session()
        let d = session.run("let big: UInt64 = 18446744073709551615").diagnostics.first
        #expect(d?.message == "integer literal '18446744073709551615' above Int.max is not supported in QScript cells; "
                + "a larger UInt64 can be written as arithmetic, such as UInt64.max - 1")
    }
}
