/// A fenced `swift` code block: the unit the session runs.
public struct Cell: Sendable, Hashable {
    /// Position among the tutorial's cells, from 0.
    public var index: Int
    public var options: CellOptions
    /// The code exactly as in the file (option lines included: they are Swift comments, and
    /// keeping them keeps line numbers simple). Lines end with "\n".
    public var source: String
    /// The code without its option lines: what a reader sees.
    public var displaySource: String
    /// The number of option lines at the top of `source`.
    public var optionLineCount: Int
    /// Where each option key is written in the file.
    public var optionPositions: [String: SourcePosition]
    /// The whole fenced block, fences included.
    public var range: SourceRange
    /// For each line of `source` (index 0 = line 1): its line in the file, and the number of
    /// characters that precede it there (container indentation, list markers, quote markers).
    public var fileLines: [Int]
    public var columnOffsets: [Int]

    /// Whether the tutorial's session runs the cell: exercise cells (starter, check, solution)
    /// run only in the grader's sessions, and `eval: false` cells never.
    public var runsInSession: Bool { options.eval && options.exerciseID == nil }

    /// The label if the cell has one, else `line N` of the opening fence.
    public var name: String { options.label ?? "line \(range.start.line)" }

    /// Maps a position in `source` (1-based line and character column) into the file.
    /// A position just past the last line (where "expected '}'" points) maps to the closing fence.
    public func filePosition(line: Int, column: Int) -> SourcePosition {
        guard let lastLine = fileLines.last else { return range.start }
        if line > fileLines.count {
            return SourcePosition(line: min(lastLine + 1, range.end.line), column: 1 + (columnOffsets.last ?? 0))
        }
        let index = max(line, 1) - 1
        return SourcePosition(line: fileLines[index], column: column + columnOffsets[index])
    }
}
