/// One thing a cell produced, in the order it was produced.
public enum CellOutput: Sendable, Hashable {
    /// Text written by `print` (consecutive prints are merged into one text output).
    case text(String)
    /// The description of the value of the cell's last expression statement.
    case value(String)
    /// A value shown richly (by `show(x)` or as the cell's last value when it has a rich display).
    case rich(RichDisplay)
    /// A compile-time or run-time error.
    case error(Diagnostic)
}

/// A display richer than text. QScript only carries it; the library values decide what to offer.
public enum RichDisplay: Sendable, Hashable {
    /// A figure: a complete, self-contained `<svg>` element, its rendering for a terminal
    /// (`text`, e.g. bars drawn with block characters), and `alt`, a one-sentence description.
    case figure(svg: String, text: String, alt: String, title: String = "")
    /// A table of already-formatted cells.
    case table(columns: [String], rows: [[String]])
}
