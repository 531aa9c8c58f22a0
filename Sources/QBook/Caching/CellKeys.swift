/// What a cell's cached run depends on, hashed: the tool, the tutorial's front matter, and the
/// code and running options of this cell and every cell before it (a session carries state from
/// cell to cell). Prose, positions and presentation-only options (`echo`, `output`, `label`,
/// hints) are not part of it, so editing them re-runs nothing.
public struct CellKeys: Sendable, Equatable {
    /// The content address of each cell's run, in order.
    public var keys: [String]
    /// The parts, kept so a build can say why a cell ran.
    var tool: String
    var frontMatter: String
    var cells: [String]

    init(keys: [String], tool: String, frontMatter: String, cells: [String]) {
        self.keys = keys
        self.tool = tool
        self.frontMatter = frontMatter
        self.cells = cells
    }

    init(tutorial: Tutorial, tool: String) {
        self.tool = tool
        frontMatter = ContentHash.of(tutorial.source.lines.prefix(tutorial.frontMatterLineCount).map(String.init))
        cells = tutorial.cells.map { ContentHash.of(Self.runningParts(of: $0)) }
        var hash = ContentHash()
        hash.combine(tool)
        hash.combine(frontMatter)
        keys = cells.map { cell in
            hash.combine(cell)
            return hash.hex
        }
    }

    /// The code a session runs (option lines are comments: only their values count) and the
    /// options that change how, or whether, it runs.
    static func runningParts(of cell: Cell) -> [String] {
        let options = cell.options
        return [
            cell.displaySource,
            "eval=\(options.eval)",
            "timeout=\(options.timeout.map { String($0) } ?? "-")",
            "memory=\(options.memory.map(String.init) ?? "-")",
            "expect-error=\(options.expectError)",
            "exercise=\(options.exerciseID != nil)",
        ]
    }

    /// Why cell `index` has a key other than `previous`'s: the first difference, in the order
    /// that decides it.
    func reason(forCell index: Int, comparedWith previous: CellKeys?) -> String {
        guard let previous else { return "not in the cache" }
        if previous.tool != tool { return "qbook itself changed" }
        if previous.frontMatter != frontMatter { return "the front matter changed" }
        for earlier in 0..<index where earlier >= previous.cells.count || previous.cells[earlier] != cells[earlier] {
            return "cell \(earlier + 1) before it changed"
        }
        if index >= previous.cells.count || previous.cells[index] != cells[index] {
            return "its code or running options changed"
        }
        return "not in the cache"
    }
}
