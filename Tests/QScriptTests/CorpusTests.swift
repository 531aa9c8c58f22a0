import Foundation
import Testing
import TestSupport
@testable import QScript

/// The differential test: every program of `Corpus/` runs as one cell, and its printed text
/// must equal what the swiftc build printed (recorded in `<name>.expected` by
/// `Corpus/record-goldens.sh`, never by this test); a program that trapped or was rejected must
/// give an error diagnostic on the recorded line.
struct CorpusTests {
    static let corpus = FixtureFolder("Corpus")

    @Test(arguments: corpus.fixtures(endingWith: ".swift"))
    func program(_ fixture: Fixture) throws {
        let path = try fixture.path()
        let source = try fixture.text()
        let recording = try Self.corpus.text(try fixture.sibling(".expected"))
        guard let expected = CorpusRecording(recording) else {
            Issue.record("\(path): recording has no header")
            return
        }
        let stdout = expected.stdout
        let result = Session().run(source)
        let printed = result.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
        let firstError = result.diagnostics.first

        if path.hasPrefix("outside-subset/") {
            // swiftc accepts these; the interpreter must reject them before running, naming the construct.
            #expect(result.status == .error && printed.isEmpty, "\(path) must be rejected before running")
            #expect(firstError?.message.contains("not supported") == true, "\(path): \(firstError?.message ?? "no diagnostic")")
            return
        }
        switch expected.outcome {
        case .ok:
            #expect(firstError == nil, "\(path): \(firstError.map { "\($0.line):\($0.column): \($0.message)" } ?? "")")
            #expect(printed == stdout, "\(path): printed text differs")
        case .failed(let line):
            #expect(firstError?.line == line, "\(path): expected an error on line \(line), got \(firstError.map { "\($0.line): \($0.message)" } ?? "none")")
            #expect(printed == stdout, "\(path): text printed before the error differs")
        }
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.corpus.paths(endingWith: ".swift").count >= 500)
    }

    @Test func everyRecordingHasItsProgram() {
        let programs = Self.corpus.paths(endingWith: ".swift").map { $0.dropLast(6) }
        let recordings = Self.corpus.paths(endingWith: ".expected").map { $0.dropLast(9) }
        #expect(recordings == programs, "a recording without a program (or the reverse) in \(Self.corpus.name)")
    }
}
