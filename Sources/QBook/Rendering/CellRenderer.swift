/// The HTML of one code cell: its source (unless `echo: false`) and its outputs (unless
/// `output: false`). Every output is text from a cell and is escaped by the formatter.
struct CellRenderer {
    let tutorial: Tutorial

    func render(_ cell: Cell, run: CellRun?) -> HTMLNode {
        let options = cell.options
        // Checks and the grader's self-test answers are hidden from readers; where the check
        // stands, the reader gets the exercise's hints and the command that checks an answer.
        if let id = options.check { return hints(forExercise: id) }
        if options.alternative != nil || options.mutant != nil { return .fragment([]) }

        var parts: [HTMLNode] = []
        if options.echo {
            parts.append(.tag("pre", ["class": "source"], [
                .tag("code", ["class": "language-swift"], SwiftHighlighter.highlight(cell.displaySource)),
            ]))
        }
        if options.output, let run, !run.outputs.isEmpty {
            parts.append(.tag("div", ["class": "outputs"], run.outputs.map(render)))
        }
        let anchor = Self.anchor(of: cell)
        var classes = ["cell"]
        if options.exercise != nil { classes.append("exercise-starter") }
        if let status = run?.status, status != .ok { classes.append(status.rawValue) }
        let body: HTMLNode = .element("div", attributes: [
            .init("class", classes.joined(separator: " ")), .init("id", anchor),
            .init("data-line", String(cell.range.start.line)),
        ], children: parts)
        if options.solution != nil {
            return .tag("details", ["class": "solution"], [.tag("summary", text: "Show answer"), body])
        }
        return body
    }

    /// The hints one at a time (each inside the one before, so opening one offers the next) and
    /// how to check an answer from the terminal.
    private func hints(forExercise id: String) -> HTMLNode {
        let hints = tutorial.cells.filter { $0.options.exerciseID == id }.flatMap(\.options.hints)
        var nested: HTMLNode? = nil
        for (index, hint) in hints.enumerated().reversed() {
            nested = .tag("details", ["class": "hint"], [
                .tag("summary", text: "Hint \(index + 1) of \(hints.count)"),
                .tag("p", text: hint),
                nested ?? .fragment([]),
            ])
        }
        return .tag("div", ["class": "exercise-check"], [
            .tag("p", ["class": "check-command"], [
                .text("Solve it in a workspace ("), .tag("code", text: "qbook exercises init"),
                .text("), then check your answer: "), .tag("code", text: "qbook check \(id)"), .text("."),
            ]),
            nested ?? .fragment([]),
        ])
    }

    /// The id of a cell's element on its page.
    static func anchor(of cell: Cell) -> String {
        cell.options.label.map { "cell-\($0)" } ?? "cell-\(cell.index + 1)"
    }

    private func render(_ output: CellRun.Output) -> HTMLNode {
        switch output {
        case .text(let text):
            return .tag("pre", ["class": "output text"], text: text)
        case .value(let text):
            return .tag("pre", ["class": "output value"], text: text)
        case .figure(let svg, _, let alt, let title):
            // The title becomes the caption, under the figure; the page hides the copy the chart
            // draws inside itself (a chart shown on its own, as in a terminal's SVG file, keeps it).
            if title.isEmpty {
                return .tag("figure", ["class": "output svg", "role": "img", "aria-label": alt], [.trusted(svg)])
            }
            return .tag("figure", ["class": "output svg captioned", "aria-label": alt],
                        [.trusted(svg), .tag("figcaption", text: title)])
        case .table(let columns, let rows):
            return .tag("table", ["class": "output table"], [
                .tag("thead", [.tag("tr", columns.map { .tag("th", text: $0) })]),
                .tag("tbody", rows.map { row in .tag("tr", row.map { .tag("td", text: $0) }) }),
            ])
        case .error(let diagnostic):
            let text = DiagnosticFormatter().format(diagnostic, source: tutorial.source)
            return .tag("pre", ["class": "output error"], text: text)
        }
    }
}
