/// The machine-readable result of `qbook run --format json`. Its fields are a stable interface:
/// fields may be added, never renamed. Lines and columns are 1-based positions in the file.
public enum JSONReport {
    public static func render(_ run: TutorialRun) -> String {
        let cells = run.tutorial.cells
        let json: JSONValue = .object([
            ("file", .string(run.tutorial.path)),
            ("title", .string(run.tutorial.frontMatter.title)),
            ("cells", .array(run.cells.map { cellRun in
                let cell = cells[cellRun.cellIndex]
                return .object([
                    ("index", .int(cellRun.cellIndex)),
                    ("line", .int(cell.range.start.line)),
                    ("label", cell.options.label.map(JSONValue.string) ?? .null),
                    ("status", .string(cellRun.status.rawValue)),
                    ("outputs", .array(cellRun.outputs.map(output))),
                ])
            })),
        ])
        return json.serialized() + "\n"
    }

    /// A file that could not be read as a tutorial: `{"file", "errors": [...]}` (each error as a
    /// cell's error output is), so a tool reading JSON is told why instead of getting nothing.
    public static func render(unreadable path: String, _ diagnostics: [SourceDiagnostic]) -> String {
        let json: JSONValue = .object([
            ("file", .string(path)),
            ("errors", .array(diagnostics.map { output(.error($0)) })),
        ])
        return json.serialized() + "\n"
    }

    private static func output(_ output: CellRun.Output) -> JSONValue {
        switch output {
        case .text(let text):
            return .object([("kind", .string("text")), ("text", .string(text))])
        case .value(let text):
            return .object([("kind", .string("value")), ("text", .string(text))])
        case .figure(let svg, let text, let alt, let title):
            return .object([("kind", .string("figure")), ("title", .string(title)), ("svg", .string(svg)),
                            ("text", .string(text)), ("alt", .string(alt))])
        case .table(let columns, let rows):
            return .object([
                ("kind", .string("table")),
                ("columns", .array(columns.map(JSONValue.string))),
                ("rows", .array(rows.map { .array($0.map(JSONValue.string)) })),
            ])
        case .error(let diagnostic):
            return .object([
                ("kind", .string("error")),
                ("id", .string(diagnostic.id)),
                ("message", .string(diagnostic.message)),
                ("line", .int(diagnostic.position.line)),
                ("column", .int(diagnostic.position.column)),
            ])
        }
    }
}
