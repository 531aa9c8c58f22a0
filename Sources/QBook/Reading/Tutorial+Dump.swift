extension Tutorial {
    /// A readable, stable dump of everything reading found, with positions: the front matter,
    /// the Markdown tree, the cells (options and where each source line sits in the file) and
    /// the exercises. Golden tests compare it; authors can read it to see what qbook saw.
    public func dump() -> String {
        var out = "tutorial \(format.rawValue) \(String(reflecting: path))\n"
        let front = frontMatter
        out += "front-matter lines=\(frontMatterLineCount) title=\(String(reflecting: front.title))"
        out += " order=\(front.order.map(String.init) ?? "nil") prerequisites=\(front.prerequisites)"
        out += " summary=\(front.summary.map { String(reflecting: $0) } ?? "nil") seed=\(front.seed)\n"
        Self.dump(document, depth: 0, into: &out)
        for cell in cells {
            let options = cell.options
            var flags = ["label=\(options.label ?? "nil")"]
            if !options.echo { flags.append("echo=false") }
            if !options.output { flags.append("output=false") }
            if !options.eval { flags.append("eval=false") }
            if let timeout = options.timeout { flags.append("timeout=\(timeout)") }
            if options.expectError { flags.append("expect-error=true") }
            if let id = options.exercise { flags.append("exercise=\(id)") }
            if let id = options.check { flags.append("check=\(id)") }
            if let id = options.solution { flags.append("solution=\(id)") }
            out += "cell \(cell.index) \(cell.range) \(flags.joined(separator: " ")) option-lines=\(cell.optionLineCount)\n"
            let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for (offset, line) in lines.enumerated() {
                out += "  \(cell.fileLines[offset]):+\(cell.columnOffsets[offset]) | \(line)\n"
            }
        }
        for exercise in exercises {
            out += "exercise \(exercise.number) \(String(reflecting: exercise.title)) heading=\(exercise.heading)"
            out += " answer=\(exercise.answer.map(\.description) ?? "nil") cells=\(exercise.cellIndices)"
            out += " code-id=\(exercise.codeID ?? "nil")\n"
        }
        return out
    }

    private static func dump(_ node: MarkdownNode, depth: Int, into out: inout String) {
        out += String(repeating: "  ", count: depth) + node.kind.rawValue
        if node.kind == .math { out += node.isDisplayMath ? " display" : " inline" }
        if let level = node.level { out += " level=\(level)" }
        if let list = node.list { out += " \(list.ordered ? "ordered start=\(list.start)" : "bullet") tight=\(list.tight)" }
        if node.kind == .codeBlock { out += node.fenceInfo.map { " fenced info=\(String(reflecting: $0))" } ?? " indented" }
        if let destination = node.destination { out += " destination=\(String(reflecting: destination))" }
        out += " " + (node.range?.description ?? "-")
        if let literal = node.literal { out += " " + String(reflecting: literal) }
        out += "\n"
        for child in node.children { dump(child, depth: depth + 1, into: &out) }
    }
}
