/// The text of one input file, normalised once for every later stage: a UTF-8 byte order mark is
/// dropped and CRLF / lone CR line endings become LF. Neither changes a line number or a column.
public struct SourceText: Sendable {
    /// The path as the user named it; it is what diagnostics print.
    public let path: String
    public let text: String
    /// The lines without their terminators (a final newline does not start an extra line).
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        var normalized = text
        if normalized.hasPrefix("\u{FEFF}") { normalized.removeFirst() }
        if normalized.unicodeScalars.contains("\r") {
            // "\r\n" is one grapheme cluster in Swift, so replace it as a unit first.
            normalized = normalized.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        }
        self.text = normalized
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// The text of a 1-based line, or "" past the end.
    public func line(_ number: Int) -> Substring {
        lines.indices.contains(number - 1) ? lines[number - 1] : ""
    }

    /// Converts a 1-based UTF-8 byte column on `line` (what C libraries report) into a 1-based
    /// character column. A byte offset inside a character maps to that character.
    public func characterColumn(line number: Int, byteColumn: Int) -> Int {
        let text = line(number)
        var bytes = 0
        var column = 1
        for character in text {
            let width = character.utf8.count
            if bytes + width >= byteColumn { return column }
            bytes += width
            column += 1
        }
        return column + max(0, byteColumn - 1 - bytes)
    }
}
