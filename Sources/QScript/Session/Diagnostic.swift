/// A problem found in a cell, at compile time (syntax, resolution, types) or at run time (a trap).
///
/// Positions are relative to the cell's own source text: 1-based lines, 1-based columns counted in
/// characters (not UTF-8 bytes). The runner shifts them into the Markdown file that holds the cell.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning, note
    }

    /// A stable identifier, e.g. `undefined-name`, `let-assignment`, `index-out-of-range`.
    public var id: String
    public var severity: Severity
    public var message: String
    public var line: Int
    public var column: Int
    /// Further remarks attached to the same problem ("did you mean ...?", "declared here").
    public var notes: [Note]

    public struct Note: Sendable, Hashable, Codable {
        public var message: String
        /// A position in the same cell, when the note points somewhere.
        public var line: Int?
        public var column: Int?

        public init(message: String, line: Int? = nil, column: Int? = nil) {
            self.message = message
            self.line = line
            self.column = column
        }
    }

    public init(id: String, severity: Severity = .error, message: String, line: Int, column: Int, notes: [Note] = []) {
        self.id = id
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.notes = notes
    }
}
