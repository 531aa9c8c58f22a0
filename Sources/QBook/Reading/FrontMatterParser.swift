import Yams

/// Finds and checks the front matter. It spans from a `---` first line to the next line that is
/// `---` or `...`; everything it reports is located in the tutorial file.
struct FrontMatterParser {
    let source: SourceText

    /// The number of lines the front matter takes, fences included (0 when there is none).
    func lineCount() throws(SourceDiagnostic) -> Int {
        guard source.lines.first.map({ $0.trimmingTrailingWhitespace() == "---" }) == true else { return 0 }
        for number in stride(from: 2, through: source.lines.count, by: 1) {
            let line = source.line(number).trimmingTrailingWhitespace()
            if line == "---" || line == "..." { return number }
        }
        throw SourceDiagnostic(
            id: "front-matter-unterminated",
            message: "front matter is not closed: add a line '---' after its last key",
            path: source.path, position: SourcePosition(line: 1, column: 1))
    }

    /// Parses lines 2..<end of the file as YAML and checks every key.
    func parse(lineCount: Int, defaultTitle: String) throws(SourceDiagnostic) -> FrontMatter {
        guard lineCount > 0 else { return FrontMatter(title: defaultTitle) }
        let yaml = source.lines[1..<(lineCount - 1)].joined(separator: "\n") + "\n"
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw diagnostic(for: error, lineCount: lineCount)
        }
        guard let root else {
            throw located("front-matter", "front matter is empty: it needs at least a 'title'", line: 1, column: 1)
        }
        guard case .mapping(let mapping) = root else {
            throw at(root, "front-matter", "front matter must be a mapping of keys to values, like 'title: Born machines'")
        }
        var result = FrontMatter(title: "")
        var seen: [String: Node] = [:]
        var hasTitle = false
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if let first = seen[key] {
                var error = at(keyNode, "front-matter-duplicate-key", "front matter key '\(key)' is given twice")
                if let mark = first.mark { error.notes = [.init(message: "first given here", position: position(mark))] }
                throw error
            }
            seen[key] = keyNode
            switch key {
            case "title":
                result.title = try string(value, key: key)
                hasTitle = true
            case "summary":
                result.summary = try string(value, key: key)
            case "order":
                result.order = try integer(value, key: key, range: 0...1_000_000)
            case "seed":
                result.seed = UInt64(try integer(value, key: key, range: 0...Int.max))
            case "prerequisites":
                guard case .sequence(let items) = value else {
                    throw at(value, "front-matter-type", "'prerequisites' must be a list of tutorial orders, like [1, 3]")
                }
                result.prerequisites = try items.map { item throws(SourceDiagnostic) in
                    try integer(item, key: "prerequisites", range: 0...1_000_000)
                }
            default:
                var error = at(keyNode, "front-matter-unknown-key", "unknown front matter key '\(key)'")
                let known = FrontMatter.keys.joined(separator: ", ")
                if let near = Suggestion.closest(to: key, among: FrontMatter.keys) {
                    error.notes = [.init(message: "did you mean '\(near)'? (known keys: \(known))")]
                } else {
                    error.notes = [.init(message: "known keys: \(known)")]
                }
                throw error
            }
        }
        guard hasTitle, !result.title.isEmpty else {
            throw located("front-matter-missing-title", "front matter needs a non-empty 'title'", line: 1, column: 1)
        }
        return result
    }

    // MARK: - Values

    private func string(_ node: Node, key: String) throws(SourceDiagnostic) -> String {
        guard case .scalar(let scalar) = node else {
            throw at(node, "front-matter-type", "'\(key)' must be text")
        }
        return scalar.string
    }

    private func integer(_ node: Node, key: String, range: ClosedRange<Int>) throws(SourceDiagnostic) -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string), range.contains(value) else {
            throw at(node, "front-matter-type",
                     "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(node.string ?? "a list or mapping")'")
        }
        return value
    }

    // MARK: - Positions

    /// YAML marks count lines from the first line after `---` and columns in Unicode scalars.
    private func position(_ mark: Mark) -> SourcePosition {
        let line = mark.line + 1
        let text = source.line(line)
        var scalars = 0
        var column = 1
        for character in text {
            if scalars + character.unicodeScalars.count >= mark.column { break }
            scalars += character.unicodeScalars.count
            column += 1
        }
        return SourcePosition(line: line, column: column)
    }

    private func at(_ node: Node, _ id: String, _ message: String) -> SourceDiagnostic {
        let where_ = node.mark.map(position) ?? SourcePosition(line: 1, column: 1)
        return SourceDiagnostic(id: id, message: message, path: source.path, position: where_)
    }

    private func located(_ id: String, _ message: String, line: Int, column: Int) -> SourceDiagnostic {
        SourceDiagnostic(id: id, message: message, path: source.path, position: SourcePosition(line: line, column: column))
    }

    private func diagnostic(for error: any Error, lineCount: Int) -> SourceDiagnostic {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
             YamlError.parser(let context, let problem, let mark, _),
             YamlError.composer(let context, let problem, let mark, _):
            let text = context.map { "\(problem) (\($0.text))" } ?? problem
            // An unclosed bracket or quote is found where the next line begins; point at the
            // construct that was left open, with a note where the parser gave up.
            if let context, context.text.contains("flow") || context.text.contains("quoted") {
                return SourceDiagnostic(id: "front-matter-yaml", message: "front matter is not valid YAML: \(text)",
                                        path: source.path, position: position(context.mark),
                                        notes: [.init(message: "the YAML parser stopped here", position: position(mark))])
            }
            return SourceDiagnostic(id: "front-matter-yaml", message: "front matter is not valid YAML: \(text)",
                                    path: source.path, position: position(mark))
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            // Yams points at the mapping; point at the key's second appearance instead.
            let key = duplicates.first ?? ""
            let lines = (2..<lineCount).filter { source.line($0).hasPrefix("\(key):") }
            var error = SourceDiagnostic(
                id: "front-matter-duplicate-key", message: "front matter key '\(key)' is given twice",
                path: source.path,
                position: lines.count > 1 ? SourcePosition(line: lines[1], column: 1) : position(context.mark))
            if lines.count > 1 { error.notes = [.init(message: "first given here", position: SourcePosition(line: lines[0], column: 1))] }
            return error
        default:
            return located("front-matter-yaml", "front matter is not valid YAML: \(error)", line: 2, column: 1)
        }
    }
}
