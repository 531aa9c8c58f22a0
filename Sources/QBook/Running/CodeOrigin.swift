import QScript

/// Where the code of one `session.run` came from: a tutorial's cell or a learner's file. A
/// diagnostic names the run it belongs to (a trap inside a function an earlier run declared), so
/// a session keeps one origin per run to put every diagnostic back into its file.
enum CodeOrigin: Sendable {
    case cell(Cell, path: String)
    case file(path: String)

    var path: String {
        switch self {
        case .cell(_, let path), .file(let path): path
        }
    }

    /// A position in the run's code as a position in its file (a learner's file is the code itself).
    func position(line: Int, column: Int) -> SourcePosition {
        switch self {
        case .cell(let cell, _): cell.filePosition(line: line, column: column)
        case .file: SourcePosition(line: max(line, 1), column: max(column, 1))
        }
    }
}

/// The origins of a session's runs, in order.
struct RunOrigins: Sendable {
    private(set) var origins: [CodeOrigin] = []

    mutating func append(_ origin: CodeOrigin) { origins.append(origin) }

    /// Moves a diagnostic of the latest run into its file: positions are in that run's code, or in
    /// the earlier run the diagnostic names.
    func locate(_ diagnostic: Diagnostic) -> SourceDiagnostic {
        let latest = origins[origins.count - 1]
        func home(_ number: Int?) -> CodeOrigin {
            number.flatMap { origins.indices.contains($0) ? origins[$0] : nil } ?? latest
        }
        let origin = home(diagnostic.cell)
        return SourceDiagnostic(
            id: diagnostic.id,
            severity: SourceDiagnostic.Severity(rawValue: diagnostic.severity.rawValue) ?? .error,
            message: diagnostic.message, path: origin.path,
            position: origin.position(line: diagnostic.line, column: diagnostic.column),
            notes: diagnostic.notes.map { note in
                SourceDiagnostic.Note(
                    message: note.message,
                    position: note.line.map { home(note.cell).position(line: $0, column: note.column ?? 1) })
            })
    }
}
