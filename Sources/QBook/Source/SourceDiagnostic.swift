/// A problem located in an input file: a tutorial's front matter, a cell option, a cell's code.
public struct SourceDiagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    /// A stable identifier (`front-matter`, `unknown-cell-option`, `undefined-name`, ...).
    public var id: String
    public var severity: Severity
    public var message: String
    public var path: String
    public var position: SourcePosition
    /// Remarks printed after the excerpt; those with a position print their own excerpt.
    public var notes: [Note]

    public struct Note: Sendable, Hashable {
        public var message: String
        public var position: SourcePosition?

        public init(message: String, position: SourcePosition? = nil) {
            self.message = message
            self.position = position
        }
    }

    public init(
        id: String, severity: Severity = .error, message: String,
        path: String, position: SourcePosition, notes: [Note] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.path = path
        self.position = position
        self.notes = notes
    }
}

/// Several diagnostics found together (reading reports every bad option of a file at once),
/// with the file's text when it could be read, for the excerpts.
public struct SourceDiagnostics: Error, Sendable {
    public var diagnostics: [SourceDiagnostic]
    public var source: SourceText?

    public init(_ diagnostics: [SourceDiagnostic], source: SourceText? = nil) {
        self.diagnostics = diagnostics
        self.source = source
    }
}
