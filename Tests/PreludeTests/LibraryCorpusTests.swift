import Foundation
import Testing
import TestSupport
import QScript
@testable import Prelude

/// The bindings' differential test: every program of `LibraryCorpus/` runs as one cell with the
/// course library, and must print what the same program printed compiled by swiftc against the
/// real modules (`LibraryCorpus/record-goldens.sh` records it; this test only compares). A
/// program that trapped (or that swiftc rejected) must give an error on the recorded line.
struct LibraryCorpusTests {
    static let corpus = FixtureFolder("LibraryCorpus")

    /// One library for the whole corpus, recording which members the programs call.
    static let library: Library = {
        let library = Prelude.library()
        library.recordsUsage = true
        return library
    }()

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
        let result = Self.run(source)
        let printed = result.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
        let firstError = result.outputs.compactMap { if case .error(let d) = $0 { d } else { nil } }.first
        switch expected.outcome {
        case .ok:
            #expect(firstError == nil, "\(path): \(firstError.map { "\($0.line):\($0.column): \($0.message)" } ?? "")")
            #expect(printed == stdout, "\(path): printed text differs")
        case .failed(let line):
            #expect(firstError?.line == line, "\(path): expected an error on line \(line), got \(firstError.map { "\($0.line): \($0.message)" } ?? "none")")
            #expect(printed == stdout, "\(path): text printed before the error differs")
        }
    }

    static func run(_ source: String) -> CellResult {
        Session(limits: Session.Limits(), library: library).run(source)
    }

    /// Every bound member is called by at least one corpus program.
    @Test func everyBoundMemberIsExercised() throws {
        for path in Self.corpus.paths(endingWith: ".swift") {
            _ = Self.run(try Self.corpus.text(path))
        }
        let used = Self.library.usedMembers
        let unused = Self.library.members.filter { !used.contains($0.key) }
        #expect(unused.isEmpty, "members no corpus program calls:\n\(unused.map { ($0.owner.map { $0 + "." } ?? "") + $0.declaration }.sorted().joined(separator: "\n"))")
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.corpus.paths(endingWith: ".swift").count >= 120)
    }

    @Test func everyRecordingHasItsProgram() {
        let programs = Self.corpus.paths(endingWith: ".swift").map { $0.dropLast(6) }
        let recordings = Self.corpus.paths(endingWith: ".expected").map { $0.dropLast(9) }
        #expect(recordings == programs, "a recording without a program (or the reverse) in \(Self.corpus.name)")
    }
}
