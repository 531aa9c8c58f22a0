/// Code on a page is shown without wrapping: a line longer than the code column scrolls sideways,
/// and a reader of a narrow page never sees its end. `qbook test` holds the course's code blocks
/// (cells, and blocks in other languages such as recorded output) to `maximumColumns` (the code
/// column is about 110 characters wide on a desktop screen). A cell's option lines (`//| …`) are
/// not shown and are not counted.
struct CodeWidthCheck {
    static let maximumColumns = 100

    /// One located error per line that is too long, as `file.md:line:col: error: …`.
    func problems(in tutorial: Tutorial) -> [String] {
        var problems: [Problem] = []
        for cell in tutorial.cells {
            let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
            for (offset, line) in lines.enumerated() where offset >= cell.optionLineCount {
                let columns = line.count
                guard columns > Self.maximumColumns else { continue }
                let position = cell.filePosition(line: offset + 1, column: Self.maximumColumns + 1)
                problems.append(problem(tutorial.path, line: position.line, column: position.column, columns: columns))
            }
        }
        tutorial.document.forEach { node in
            guard node.kind == .codeBlock, node.cellIndex == nil, let range = node.range else { return }
            // The literal's first line is the line after the opening fence (an indented block has none).
            let firstLine = range.start.line + (node.fenceInfo == nil ? 0 : 1)
            for (offset, line) in (node.literal ?? "").split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.count > Self.maximumColumns {
                problems.append(problem(tutorial.path, line: firstLine + offset, column: range.start.column + Self.maximumColumns,
                                        columns: line.count))
            }
        }
        return problems.sorted { $0.line != $1.line ? $0.line < $1.line : $0.column < $1.column }.map(\.message)
    }

    private struct Problem {
        var line: Int, column: Int, message: String
    }

    private func problem(_ path: String, line: Int, column: Int, columns: Int) -> Problem {
        Problem(line: line, column: column,
                message: "\(path):\(line):\(column): error: a code line of \(columns) columns; "
                    + "pages show \(Self.maximumColumns) without scrolling, so break it\n")
    }
}
