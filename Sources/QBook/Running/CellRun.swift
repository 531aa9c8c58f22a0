/// What happened to one cell of a tutorial run, with positions already in the tutorial's file.
public struct CellRun: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case ok, error, skipped
    }

    public enum Output: Sendable, Hashable {
        case text(String)
        case value(String)
        /// A figure: SVG for pages and JSON, text for terminals, a description for screen readers.
        case figure(svg: String, text: String, alt: String, title: String = "")
        case table(columns: [String], rows: [[String]])
        case error(SourceDiagnostic)
    }

    public var cellIndex: Int
    public var status: Status
    public var outputs: [Output]
    /// True when the cell failed although it was not marked `expect-error`, or was marked
    /// `expect-error` and did not fail. Such a cell makes the run fail.
    public var failedUnexpectedly: Bool

    public var diagnostics: [SourceDiagnostic] {
        outputs.compactMap { if case .error(let diagnostic) = $0 { diagnostic } else { nil } }
    }
}

/// A whole tutorial's run: one entry per cell, in order.
public struct TutorialRun: Sendable {
    public var tutorial: Tutorial
    public var cells: [CellRun]

    /// Some cell failed unexpectedly.
    public var failed: Bool { cells.contains { $0.failedUnexpectedly } }
}
