import Foundation
import Testing
@testable import QScript

/// The differential test: every program of `Corpus/` runs as one cell, and its printed text
/// must equal what the swiftc build printed (recorded in `<name>.expected`); a program that
/// trapped or was rejected must give an error diagnostic on the recorded line.
struct CorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static var programs: [String] {
        guard let e = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return e.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
    }

    @Test(arguments: programs)
    func program(_ path: String) throws {
        let source = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
        let recording = try String(contentsOf: Self.root.appendingPathComponent(String(path.dropLast(6)) + ".expected"), encoding: .utf8)
        guard let newline = recording.firstIndex(of: "\n") else {
            Issue.record("\(path): recording has no header")
            return
        }
        let header = String(recording[..<newline])
        let stdout = String(recording[recording.index(after: newline)...])
        let result = Session().run(source)
        let printed = result.outputs.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()
        let firstError = result.diagnostics.first

        if path.hasPrefix("outside-subset/") {
            // swiftc accepts these; the interpreter must reject them before running, naming the construct.
            #expect(result.status == .error && printed.isEmpty, "\(path) must be rejected before running")
            #expect(firstError?.message.contains("not supported") == true, "\(path): \(firstError?.message ?? "no diagnostic")")
            return
        }
        if header == "status: ok" {
            #expect(firstError == nil, "\(path): \(firstError.map { "\($0.line):\($0.column): \($0.message)" } ?? "")")
            #expect(printed == stdout, "\(path): printed text differs")
        } else {
            let line = Int(header.split(separator: "=").last ?? "") ?? -1
            #expect(firstError?.line == line, "\(path): expected an error on line \(line), got \(firstError.map { "\($0.line): \($0.message)" } ?? "none")")
            #expect(printed == stdout, "\(path): text printed before the error differs")
        }
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.programs.count >= 150)
    }
}
