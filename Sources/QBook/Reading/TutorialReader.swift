import Foundation

/// Reads a tutorial file into a `Tutorial`, reporting every problem it finds as located
/// diagnostics (all of them at once where it can, so an author fixes a file in one pass).
public struct TutorialReader: Sendable {
    public init() {}

    /// Reads the file at `path`; the path is kept as given for diagnostics.
    public func read(path: String) throws(SourceDiagnostics) -> Tutorial {
        try read(path: path, showingAs: path)
    }

    /// Reads the file at `path`, naming it `shownPath` in the tutorial and every diagnostic (so a
    /// site does not depend on how its folder was spelled on the command line).
    public func read(path: String, showingAs shownPath: String) throws(SourceDiagnostics) -> Tutorial {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read file" : "no such file"
            throw SourceDiagnostics([fileError("\(reason): \(path)", path: path)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SourceDiagnostics([fileError("file is not UTF-8 text: \(path)", path: path)])
        }
        let source = SourceText(path: shownPath, text: text)
        if path.hasSuffix(".swift") { return readSwift(source) }
        do throws(SourceDiagnostics) {
            return try readMarkdown(source)
        } catch {
            throw SourceDiagnostics(error.diagnostics, source: source)
        }
    }

    /// A `.swift` file is one cell, with no front matter; its title is the file name.
    public func readSwift(_ source: SourceText) -> Tutorial {
        let lineCount = source.lines.count
        let code = source.lines.map { $0 + "\n" }.joined()
        let end = SourcePosition(line: max(1, lineCount), column: max(1, source.lines.last?.count ?? 1))
        let cell = Cell(
            index: 0, options: CellOptions(), source: code, displaySource: code, optionLineCount: 0,
            optionPositions: [:], range: SourceRange(start: SourcePosition(line: 1, column: 1), end: end),
            fileLines: Array(stride(from: 1, through: lineCount, by: 1)),
            columnOffsets: Array(repeating: 0, count: lineCount))
        return Tutorial(
            format: .swift, source: source, frontMatter: FrontMatter(title: Self.stem(of: source.path)),
            frontMatterLineCount: 0, document: MarkdownNode(kind: .document),
            math: [], cells: [cell], exercises: [])
    }

    public func readMarkdown(_ source: SourceText) throws(SourceDiagnostics) -> Tutorial {
        if let position = MathShield.reservedCharacter(in: source) {
            throw SourceDiagnostics([SourceDiagnostic(
                id: "reserved-character", message: "characters U+E000-U+E002 are reserved by qbook; remove this one",
                path: source.path, position: position)])
        }
        let frontMatterParser = FrontMatterParser(source: source)
        let frontMatterLines: Int
        let frontMatter: FrontMatter
        do throws(SourceDiagnostic) {
            frontMatterLines = try frontMatterParser.lineCount()
            frontMatter = try frontMatterParser.parse(lineCount: frontMatterLines, defaultTitle: Self.stem(of: source.path))
        } catch {
            throw SourceDiagnostics([error])
        }

        // cmark must not see the front matter; blank lines keep every line number.
        let bodyLines = source.lines.enumerated().map { $0.offset < frontMatterLines ? "" : String($0.element) }
        let body = SourceText(path: source.path, text: bodyLines.joined(separator: "\n") + "\n")

        // Two parses: the plain text (where may math be?), then the text with its math shielded,
        // whose tree, with the math put back, is the tutorial's one tree.
        let shield = MathShield(body)
        let shielded = SourceText(path: body.path, text: shield.shieldedText)
        var document = shield.restoring(CommonMark.parse(shield.shieldedText, lines: body) { line, byteColumn in
            shield.originalColumn(line: line, shieldedColumn: shielded.characterColumn(line: line, byteColumn: byteColumn))
        })
        var nextCell = 0
        Self.numberCells(&document, next: &nextCell)

        var problems: [SourceDiagnostic] = []
        let cells = readCells(document, source: source, problems: &problems)
        let exercises = ExerciseCollector(source: source, cells: cells).collect(document, problems: &problems)
        if !problems.isEmpty { throw SourceDiagnostics(problems.sorted { $0.position < $1.position }) }
        return Tutorial(
            format: .markdown, source: source, frontMatter: frontMatter, frontMatterLineCount: frontMatterLines,
            document: document, math: shield.spans,
            cells: cells, exercises: exercises)
    }

    /// Gives each `swift` code block the index of its cell, in document order (`readCells`'s order).
    private static func numberCells(_ node: inout MarkdownNode, next: inout Int) {
        if node.kind == .codeBlock, node.fenceInfo != nil, node.language == "swift" {
            node.cellIndex = next
            next += 1
        }
        for index in node.children.indices { numberCells(&node.children[index], next: &next) }
    }

    // MARK: - Cells

    private func readCells(_ document: MarkdownNode, source: SourceText, problems: inout [SourceDiagnostic]) -> [Cell] {
        var cells: [Cell] = []
        var labels: [String: SourcePosition] = [:]
        document.forEach { node in
            guard node.kind == .codeBlock, let range = node.range, node.fenceInfo != nil else { return }
            if let problem = unterminatedFence(node, range: range, source: source) {
                problems.append(problem)
                return
            }
            guard node.language == "swift" else { return }
            let info = node.fenceInfo ?? ""
            if info.split(whereSeparator: \.isSpaceOrTab).count > 1 {
                problems.append(SourceDiagnostic(
                    id: "fence-info", message: "unexpected text after 'swift' in the fence; cell options go in '//| key: value' lines",
                    path: source.path, position: range.start))
            }
            let literal = node.literal ?? ""
            var lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            let fileLines = lines.indices.map { range.start.line + 1 + $0 }
            let offsets = zip(lines, fileLines).map { line, number in
                let fileLine = source.line(number)
                return fileLine.hasSuffix(line) ? fileLine.count - line.count : 0
            }
            let position = { (line: Int, column: Int) in
                SourcePosition(line: fileLines[line - 1], column: column + offsets[line - 1])
            }
            let (parsed, optionProblems) = CellOptionParser(path: source.path).parse(lines: lines, position: position)
            problems += optionProblems
            if let label = parsed.options.label, let here = parsed.keyPositions["label"] {
                if let first = labels[label] {
                    problems.append(SourceDiagnostic(
                        id: "duplicate-label", message: "cell label '\(label)' is used twice", path: source.path,
                        position: here, notes: [.init(message: "first used here", position: first)]))
                } else {
                    labels[label] = here
                }
            }
            let display = lines.dropFirst(parsed.lineCount).map { $0 + "\n" }.joined()
            cells.append(Cell(
                index: cells.count, options: parsed.options, source: lines.map { $0 + "\n" }.joined(),
                displaySource: display, optionLineCount: parsed.lineCount, optionPositions: parsed.keyPositions,
                range: range, fileLines: fileLines, columnOffsets: offsets))
        }
        return cells
    }

    /// cmark ends an unclosed fence at the end of its container, swallowing everything after it.
    private func unterminatedFence(_ node: MarkdownNode, range: SourceRange, source: SourceText) -> SourceDiagnostic? {
        let opening = source.line(range.start.line).dropFirst(range.start.column - 1)
        guard let fenceCharacter = opening.first else { return nil }
        let fenceLength = opening.prefix { $0 == fenceCharacter }.count
        let closing = source.line(range.end.line).drop { $0.isSpaceOrTab || $0 == ">" }
        let closed = range.end.line > range.start.line
            && closing.prefix { $0 == fenceCharacter }.count >= fenceLength
            && closing.drop { $0 == fenceCharacter }.allSatisfy(\.isSpaceOrTab)
        if closed { return nil }
        return SourceDiagnostic(
            id: "unterminated-fence",
            message: "code fence is never closed: add a line '\(String(repeating: fenceCharacter, count: fenceLength))' after the code",
            path: source.path, position: range.start)
    }

    private func fileError(_ message: String, path: String) -> SourceDiagnostic {
        SourceDiagnostic(id: "file", message: message, path: path, position: SourcePosition(line: 1, column: 1))
    }

    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
