import Foundation
import Testing

/// Golden files with a record switch, after swift-argument-parser's `assertSnapshot`.
///
/// Without the switch, a golden that is missing or differs from what the test produced fails
/// the test. With `RECORD_GOLDENS=1 swift test`, such a golden is written and the test still
/// fails, saying it recorded the file: a recording never passes unnoticed, and is reviewed in
/// the diff before it is committed. A golden that matches passes either way.
public enum Golden {
    /// What comparing with a golden found (and did, when recording).
    public enum Outcome: Equatable, Sendable {
        case matches
        case missing
        case differs(golden: String, fromLine: Int)
        case recorded(new: Bool)
        case notRecorded(reason: String)

        /// Why the test fails, naming the golden; nil when it matches.
        public func failure(_ name: String, actual: String) -> String? {
            switch self {
            case .matches:
                nil
            case .missing:
                "missing golden \(name); record it with RECORD_GOLDENS=1 swift test"
            case .differs(let golden, let line):
                "\(name) differs from line \(line).\n--- golden\n\(golden)\n--- actual\n\(actual)"
            case .recorded(let new):
                "recorded \(new ? "new" : "changed") golden \(name): review the diff, then run the tests without RECORD_GOLDENS"
            case .notRecorded(let reason):
                "could not record \(name): \(reason)"
            }
        }
    }

    /// Whether `RECORD_GOLDENS` is set (to anything, as PreludeTests reads it too).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil }

    /// Fails the test unless the golden file at `path` in `folder` holds `actual` (recording it
    /// when asked, which fails the test too).
    public static func assertMatches(_ actual: String, golden path: String, in folder: FixtureFolder,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        let outcome = compare(actual, golden: path, in: folder, recording: isRecording)
        if let failure = outcome.failure("\(folder.name)/\(path)", actual: actual) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    /// Compares `actual` with the golden file; when `recording`, writes it if missing or different.
    public static func compare(_ actual: String, golden path: String, in folder: FixtureFolder,
                               recording: Bool) -> Outcome {
        let url = folder.fileURL(path)
        let golden = try? String(contentsOf: url, encoding: .utf8)
        if golden == actual { return .matches }
        guard recording else {
            return golden.map { .differs(golden: $0, fromLine: firstDifferingLine($0, actual)) } ?? .missing
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        } catch {
            return .notRecorded(reason: "\(error)")
        }
        return .recorded(new: golden == nil)
    }

    /// The 1-based number of the first line where two texts differ.
    static func firstDifferingLine(_ a: String, _ b: String) -> Int {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
        return index + 1
    }
}
