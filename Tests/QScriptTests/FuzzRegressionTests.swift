import Testing
@testable import QScript

/// Inputs the fuzzer (`Benchmarks/QScript/fuzz.sh`) found crashing the process, each fixed:
/// every one must now give a result (a diagnostic) and leave the session usable.
struct FuzzRegressionTests {
    static let inputs: [String] = [
        // swift-syntax's diagnostics generator trapped making a Fix-It for this `=`.
        "let a \u{0B}= 1\nprint(a)",
        // SwiftParser takes time exponential in the depth of unclosed `[` (a hang, not a crash).
        "let raw = [\"1\"]\nlet clean = raw.compactMa[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[p { Int($0) }\nprint(clean)",
    ]

    @Test(arguments: inputs)
    func noCrash(_ source: String) {
        let session = Session(limits: .init(timeout: 2, maxRecursionDepth: 300))
        let start = ContinuousClock.now
        let r = session.run(source)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(r.status == .error)
        #expect(session.run("print(1)").outputs == [.text("1\n")])
    }
}
