/// A problem found in a cell, at compile time (syntax, resolution, types) or at run time (a trap).
///
/// Positions are relative to the text of one cell: 1-based lines, 1-based columns counted in
/// characters (not UTF-8 bytes). Which cell is given by `cell`: nil for the cell being run (the
/// common case), or the number of an earlier `Session.run` call when the position lies in code
/// that call compiled, e.g. a trap inside a function declared by an earlier cell. The runner
/// shifts positions into the Markdown file that holds that cell.
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
    /// The cell `line` and `column` refer to: the 0-based number of the `Session.run` call
    /// whose source holds the position, or nil for the cell this diagnostic was reported by.
    public var cell: Int?
    /// Further remarks attached to the same problem ("did you mean ...?", "declared here").
    public var notes: [Note]

    /// The message for a construct outside the subset: "`what` is/are not supported in QScript cells".
    /// "X is (or are) not supported in QScript cells"; a hint after the first "; " outside
    /// parentheses follows the sentence ("using a method as a value; call it").
    static func unsupported(_ what: String) -> String {
        var depth = 0
        let split = what.firstIndex { c in
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            return c == ";" && depth == 0
        }
        let subject = what[..<(split ?? what.endIndex)], hint = what[(split ?? what.endIndex)...]
        let verb = subject.hasSuffix("s") && !subject.hasSuffix("ss") ? "are" : "is"
        return "\(subject) \(verb) not supported in QScript cells\(hint)"
    }

    public struct Note: Sendable, Hashable, Codable {
        public var message: String
        /// A position, when the note points somewhere: in the reporting cell, or in the earlier
        /// cell `cell` (as for `Diagnostic.cell`).
        public var line: Int?
        public var column: Int?
        public var cell: Int?

        public init(message: String, line: Int? = nil, column: Int? = nil, cell: Int? = nil) {
            self.message = message
            self.line = line
            self.column = column
            self.cell = cell
        }
    }

    public init(id: String, severity: Severity = .error, message: String, line: Int, column: Int,
                notes: [Note] = [], cell: Int? = nil) {
        self.id = id
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.notes = notes
        self.cell = cell
    }
}

extension Diagnostic {
    /// A diagnostic at `loc`, which keeps the absolute cell number of `loc` until `relative(to:)`.
    init(id: String, message: String, at loc: SourceLoc, notes: [Note] = []) {
        self.init(id: id, message: message, line: loc.line, column: loc.column, notes: notes,
                  cell: loc.cell == SourceLoc.unknownCell ? nil : loc.cell)
    }

    /// The diagnostic as the reporting cell `current` gives it out: positions in that cell carry
    /// no cell number, positions in earlier cells keep theirs.
    func relative(to current: Int) -> Diagnostic {
        var d = self
        if d.cell == current { d.cell = nil }
        d.notes = notes.map { n in
            var n = n
            if n.cell == current { n.cell = nil }
            return n
        }
        return d
    }
}

extension Diagnostic.Note {
    /// A note pointing at `loc` (absolute cell number, made relative with the diagnostic).
    init(message: String, at loc: SourceLoc) {
        self.init(message: message, line: loc.line, column: loc.column,
                  cell: loc.cell == SourceLoc.unknownCell ? nil : loc.cell)
    }
}
