/// A differential corpus's recording (`<program>.expected`): the header line swiftc's run gave,
/// then its exact standard output (see Tests/QScriptTests/Corpus/README.md).
public struct CorpusRecording: Sendable {
    /// What a run of the compiled program did.
    public enum Outcome: Equatable, Sendable {
        /// Compiled and exited normally.
        case ok
        /// Trapped at run time, or swiftc rejected it, on this 1-based line.
        case failed(line: Int)
    }

    public let outcome: Outcome
    public let stdout: String

    /// Nil when the text has no header line.
    public init?(_ text: String) {
        guard let newline = text.firstIndex(of: "\n") else { return nil }
        let header = text[..<newline]
        stdout = String(text[text.index(after: newline)...])
        outcome = header == "status: ok" ? .ok : .failed(line: Int(header.split(separator: "=").last ?? "") ?? -1)
    }
}
