import Foundation

/// Prints a run for a person while it happens: each cell's name, then its outputs; errors go to
/// standard error with the source line and a caret. With `plain`, prints only what the cells
/// printed or displayed, so the output can be compared with a compiled program's.
public final class TerminalReporter: RunObserver, @unchecked Sendable {
    public enum Style: Sendable { case person, plain }

    private let style: Style
    private let console: Console
    private let progress: ProgressLine?
    private let color: Bool

    public init(style: Style, console: Console) {
        self.style = style
        self.console = console
        self.color = style == .person && console.usesColor
        // A live line on standard error only when a person watches it.
        self.progress = style == .person && console.errorIsTerminal ? ProgressLine(console: console) : nil
    }

    /// Whether a live progress line is drawn while a cell runs.
    var showsProgress: Bool { progress != nil }

    public func cellWillRun(_ cell: Cell, of tutorial: Tutorial) {
        progress?.start("cell \(cell.index + 1) · \(cell.name)")
    }

    public func cellReported(_ status: String) {
        progress?.detail(status)
    }

    public func cellDidRun(_ cell: Cell, result: CellRun, of tutorial: Tutorial) {
        progress?.stop()
        report(cell, result, tutorial)
    }

    private func report(_ cell: Cell, _ result: CellRun, _ tutorial: Tutorial) {
        if style == .person {
            var header = "── cell \(cell.index + 1)"
            if let label = cell.options.label { header += " · \(label)" }
            header += " · \(tutorial.path):\(cell.range.start.line)"
            if result.status == .skipped { header += " · skipped" }
            console.out((color ? "\u{1B}[2m\(header)\u{1B}[0m" : header) + "\n")
        }
        for output in result.outputs {
            switch output {
            case .text(let text):
                console.out(text)
            case .value(let text):
                console.out(text + "\n")
            case .table(let columns, let rows):
                console.out(TextTable.render(columns: columns, rows: rows))
            case .figure(_, let text, _, _):
                console.out(text.hasSuffix("\n") ? text : text + "\n")
            case .error(let diagnostic):
                var text = DiagnosticFormatter().format(diagnostic, source: tutorial.source)
                if color { text = "\u{1B}[31m" + text + "\u{1B}[0m" }
                console.err(text)
            }
        }
    }
}
