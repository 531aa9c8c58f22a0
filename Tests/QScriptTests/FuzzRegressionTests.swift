import Testing
@testable import QScript

/// Inputs the fuzzer (`Benchmarks/QScript/fuzz.sh`) found crashing or hanging the process, each
/// fixed: every one must now give the located diagnostic that replaced the crash or the hang, and
/// leave the session usable.
struct FuzzRegressionTests {
    struct Finding: CustomTestStringConvertible, Sendable {
        var source: String
        var id: String
        var line: Int
        var column: Int
        var testDescription: String { id }
    }

    static let findings: [Finding] = [
        // swift-syntax's diagnostics generator trapped making a Fix-It for this `=`; QScript
        // reports it before that generator runs.
        Finding(source: "let a \u{0B}= 1\nprint(a)", id: "syntax", line: 1, column: 8),
        // SwiftParser takes time exponential in the depth of unclosed `[` (a hang, not a crash);
        // the bracket guard rejects the 17th level before parsing, so the parser never sees it.
        Finding(source: "let raw = [\"1\"]\nlet clean = raw.compactMa[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[p { Int($0) }\nprint(clean)",
                id: "too-complex", line: 2, column: 42),
        // The guard took an unterminated one-line string as running on to the next line, and so
        // missed the brackets after it (found by the fuzzer, 2026-12-04): such a string ends at
        // its line's end, as the parser ends it.
        Finding(source: "for f in\"files {\n    switch[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ p {", id: "too-complex", line: 2, column: 27),
        // Brackets in an interpolation are code, and count.
        Finding(source: "print(\"a \\([[[[[[[[[[[[[[[[[[[[[[[[[[[[[ 1)\")", id: "too-complex", line: 1, column: 28),
    ]

    /// Strings that hold many brackets are not code: a one-line string, a multi-line string
    /// and an interpolated one run.
    @Test func bracketsInsideStringsAreNotCounted() {
        let many = String(repeating: "[", count: 40)
        let session = Session()
        let source = "let a = \"\(many)\"\nlet b = \"\"\"\n\(many)\n\"\"\"\nprint(a.count, b.count, \"\\(a.count)\(many)\")"
        let r = session.run(source)
        #expect(r.status == .ok, "\(r.diagnostics)")
        #expect(r.outputs == [.text("40 40 40\(many)\n")])
    }

    @Test(arguments: findings)
    func givesItsDiagnostic(_ finding: Finding) {
        let session = Session(limits: .init(timeout: 2, maxRecursionDepth: 300))
        let r = session.run(finding.source)
        #expect(r.status == .error)
        let d = r.diagnostics.first
        #expect(d?.id == finding.id, "\(d?.message ?? "no diagnostic")")
        #expect((d?.line, d?.column) == (finding.line, finding.column))
        #expect(session.run("print(1)").outputs == [.text("1\n")])
    }
}
