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
    ]

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
