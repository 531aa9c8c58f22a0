/// A cell's run as the cache keeps it: positions relative to the cell they fall in, so a run
/// cached before the prose above it grew still points at the right line.
struct StoredCellRun: Codable, Equatable {
    var status: String
    var failedUnexpectedly: Bool
    var outputs: [Output]

    struct Output: Codable, Equatable {
        var kind: String
        var text: String?
        var svg: String?
        var alt: String?
        var title: String?
        var columns: [String]?
        var rows: [[String]]?
        var diagnostic: Diagnostic?
    }

    struct Diagnostic: Codable, Equatable {
        var id: String
        var severity: String
        var message: String
        var position: Position
        var notes: [Note]
    }

    struct Note: Codable, Equatable {
        var message: String
        var position: Position?
    }

    /// Line `line` of cell `cell`'s block (0 is its opening fence) and a column counted from
    /// where the cell's code starts on that line.
    struct Position: Codable, Equatable {
        var cell: Int
        var line: Int
        var column: Int
    }

    /// Nil when some position is outside every cell of the tutorial (such a run is not cached).
    init?(_ run: CellRun, in tutorial: Tutorial) {
        status = run.status.rawValue
        failedUnexpectedly = run.failedUnexpectedly
        var outputs: [Output] = []
        for output in run.outputs {
            switch output {
            case .text(let text): outputs.append(Output(kind: "text", text: text))
            case .value(let text): outputs.append(Output(kind: "value", text: text))
            case .figure(let svg, let text, let alt, let title):
                outputs.append(Output(kind: "figure", text: text, svg: svg, alt: alt, title: title))
            case .table(let columns, let rows): outputs.append(Output(kind: "table", columns: columns, rows: rows))
            case .error(let diagnostic):
                guard diagnostic.path == tutorial.path, let position = Self.relative(diagnostic.position, in: tutorial)
                else { return nil }
                var notes: [Note] = []
                for note in diagnostic.notes {
                    if let absolute = note.position {
                        guard let relative = Self.relative(absolute, in: tutorial) else { return nil }
                        notes.append(Note(message: note.message, position: relative))
                    } else {
                        notes.append(Note(message: note.message, position: nil))
                    }
                }
                outputs.append(Output(kind: "error", diagnostic: Diagnostic(
                    id: diagnostic.id, severity: diagnostic.severity.rawValue, message: diagnostic.message,
                    position: position, notes: notes)))
            }
        }
        self.outputs = outputs
    }

    /// The run for cell `index` of `tutorial`; nil if the entry does not fit it.
    func cellRun(_ index: Int, in tutorial: Tutorial) -> CellRun? {
        guard let status = CellRun.Status(rawValue: status) else { return nil }
        var result: [CellRun.Output] = []
        for output in outputs {
            switch (output.kind, output) {
            case ("text", let o): guard let text = o.text else { return nil }; result.append(.text(text))
            case ("value", let o): guard let text = o.text else { return nil }; result.append(.value(text))
            case ("figure", let o):
                guard let svg = o.svg, let text = o.text, let alt = o.alt else { return nil }
                result.append(.figure(svg: svg, text: text, alt: alt, title: o.title ?? ""))
            case ("table", let o):
                guard let columns = o.columns, let rows = o.rows else { return nil }
                result.append(.table(columns: columns, rows: rows))
            case ("error", let o):
                guard let d = o.diagnostic, let severity = SourceDiagnostic.Severity(rawValue: d.severity),
                      let position = Self.absolute(d.position, in: tutorial) else { return nil }
                var notes: [SourceDiagnostic.Note] = []
                for note in d.notes {
                    if let relative = note.position {
                        guard let absolute = Self.absolute(relative, in: tutorial) else { return nil }
                        notes.append(.init(message: note.message, position: absolute))
                    } else {
                        notes.append(.init(message: note.message))
                    }
                }
                result.append(.error(SourceDiagnostic(id: d.id, severity: severity, message: d.message,
                                                      path: tutorial.path, position: position, notes: notes)))
            default:
                return nil
            }
        }
        return CellRun(cellIndex: index, status: status, outputs: result, failedUnexpectedly: failedUnexpectedly)
    }

    private static func relative(_ position: SourcePosition, in tutorial: Tutorial) -> Position? {
        guard let cell = tutorial.cells.first(where: { $0.range.start.line <= position.line && position.line <= $0.range.end.line })
        else { return nil }
        let line = position.line - cell.range.start.line
        return Position(cell: cell.index, line: line, column: position.column - indent(of: cell, line: line))
    }

    private static func absolute(_ position: Position, in tutorial: Tutorial) -> SourcePosition? {
        guard tutorial.cells.indices.contains(position.cell) else { return nil }
        let cell = tutorial.cells[position.cell]
        let line = cell.range.start.line + position.line
        guard line <= cell.range.end.line else { return nil }
        return SourcePosition(line: line, column: position.column + indent(of: cell, line: position.line))
    }

    /// Characters before the cell's text on line `line` of its block (fences: before the fence).
    private static func indent(of cell: Cell, line: Int) -> Int {
        cell.columnOffsets.indices.contains(line - 1) ? cell.columnOffsets[line - 1] : cell.range.start.column - 1
    }
}
