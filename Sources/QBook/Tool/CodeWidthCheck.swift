/// Cell code on a page is shown without wrapping: a line longer than the code column scrolls
/// sideways, and a reader of a printed or narrow page never sees its end. `qbook test` holds the
/// course to `maximumColumns` (the code column is about 110 characters wide on a desktop screen).
/// Option lines (`//| …`) are not shown and are not counted.
struct CodeWidthCheck {
    static let maximumColumns = 100

    /// One located error per line that is too long, as `file.md:line:col: error: …`.
    func problems(in tutorial: Tutorial) -> [String] {
        var problems: [String] = []
        for cell in tutorial.cells {
            let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
            for (offset, line) in lines.enumerated() where offset >= cell.optionLineCount {
                let columns = line.count
                guard columns > Self.maximumColumns else { continue }
                let position = cell.filePosition(line: offset + 1, column: Self.maximumColumns + 1)
                problems.append("\(tutorial.path):\(position.line):\(position.column): error: a code line of \(columns) "
                                + "columns; pages show \(Self.maximumColumns) without scrolling, so break it\n")
            }
        }
        return problems
    }
}
