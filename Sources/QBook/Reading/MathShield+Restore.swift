extension MathShield {
    /// Rewrites text so that every token becomes `replacement(span)` and every continuation mark
    /// disappears together with the line break and indentation before it (the span's own text
    /// already holds those lines). Used on rendered HTML and on raw HTML literals.
    public static func expandingTokens(in text: String, spans: [Span], _ replacement: (Span) -> String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xE000 && $0.value <= 0xE002 }) else { return text }
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars.removeFirst()
            switch Character(scalar) {
            case open:
                let digits = scalars.prefix { $0 != close.unicodeScalars.first! }
                scalars = scalars.dropFirst(digits.count + 1)
                if let index = Int(String(String.UnicodeScalarView(digits))), spans.indices.contains(index) {
                    result += replacement(spans[index])
                }
            case continuation:
                while result.last?.isSpaceOrTab == true { result.removeLast() }
                if result.last == "\n" { result.removeLast() }
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The math as its author wrote it, dollars included.
    public static func written(_ span: Span) -> String {
        span.isDisplay ? "$$\(span.tex)$$" : "$\(span.tex)$"
    }

    /// Text with every token put back as the math its author wrote: for places that are not
    /// rendered text (link destinations and titles, attributes, raw `<code>` and `<pre>`).
    func writtenBack(_ text: String) -> String {
        Self.expandingTokens(in: text, spans: spans, Self.written)
    }

    /// Replaces tokens in the parsed tree: text nodes are split around `.math` nodes, and the soft
    /// breaks that only separated the lines of one span are dropped. Where math is not rendered
    /// text (`literal`: inside raw `<code>` or `<pre>`, an autolink), it is put back as written.
    func restoring(_ node: MarkdownNode, literal: Bool = false) -> MarkdownNode {
        var node = node
        if node.kind == .link || node.kind == .image {
            // An autolink's text is its destination: both stay as written.
            let isAutolink = node.kind == .link && node.children.count == 1 && node.children[0].kind == .text
                && node.children[0].literal.map { $0 == node.destination || "mailto:" + $0 == node.destination } == true
            node.destination = node.destination.map(writtenBack)
            node.title = node.title.map(writtenBack)
            if isAutolink {
                node.children[0].literal = node.children[0].literal.map(writtenBack)
                return node
            }
        }
        if node.kind == .htmlBlock || node.kind == .htmlInline, let text = node.literal, Self.holdsToken(text) {
            node.literal = writtenBack(text)
            if !literal && node.kind == .htmlBlock { node.children = htmlPieces(text) }
            return node
        }
        guard !node.children.isEmpty else { return node }
        var children: [MarkdownNode] = []
        // Raw `<code>`/`<pre>` elements opened by inline HTML among these children.
        var rawCodeDepth = 0
        for child in node.children {
            if child.kind == .htmlInline, let text = child.literal {
                rawCodeDepth = max(0, rawCodeDepth + RawHTML.codeDepthChange(text))
            }
            let isLiteral = literal || rawCodeDepth > 0
            guard child.kind == .text, let text = child.literal, Self.holdsToken(text) else {
                children.append(restoring(child, literal: isLiteral))
                continue
            }
            if isLiteral {
                var copy = child
                copy.literal = writtenBack(text)
                children.append(copy)
                continue
            }
            // Text nodes hold no line breaks, so each piece's range follows from where it starts.
            var piece = ""
            var cursor = child.range?.start
            func flushText() {
                if !piece.isEmpty {
                    let range = cursor.map {
                        SourceRange(start: $0, end: SourcePosition(line: $0.line, column: $0.column + piece.count - 1))
                    }
                    children.append(MarkdownNode(kind: .text, range: range, literal: piece))
                }
                piece = ""
            }
            var rest = Substring(text)
            while let character = rest.first {
                rest.removeFirst()
                if character == Self.continuation {
                    flushText()
                    // What follows the mark on this line follows the end of the span that covers it.
                    if let line = child.range?.start.line,
                       let span = spans.first(where: { $0.range.start.line < line && $0.range.end.line == line }) {
                        cursor = SourcePosition(line: line, column: span.range.end.column + 1)
                    }
                    if let last = children.last, last.kind == .softBreak || last.kind == .lineBreak {
                        children.removeLast()
                    }
                } else if character == Self.open {
                    flushText()
                    let digits = rest.prefix { $0 != Self.close }
                    rest = rest.dropFirst(digits.count + 1)
                    if let index = Int(digits), spans.indices.contains(index) {
                        children.append(mathNode(spans[index]))
                        let end = spans[index].range.end
                        cursor = SourcePosition(line: end.line, column: end.column + 1)
                    }
                } else {
                    piece.append(character)
                }
            }
            flushText()
        }
        node.children = children
        return node
    }

    /// The tree's node for a span.
    private func mathNode(_ span: Span) -> MarkdownNode {
        var node = MarkdownNode(kind: .math, range: span.range, literal: span.tex)
        node.isDisplayMath = span.isDisplay
        return node
    }

    /// An HTML block that holds math, as raw pieces and `.math` nodes (the pieces keep no
    /// position). Math inside a tag (an attribute) or inside a `<code>` or `<pre>` element
    /// stays as written.
    private func htmlPieces(_ literal: String) -> [MarkdownNode] {
        var pieces: [MarkdownNode] = []
        var raw = ""
        func flush() {
            if !raw.isEmpty { pieces.append(MarkdownNode(kind: .htmlInline, literal: raw)) }
            raw = ""
        }
        // Expanding with a marker per span, then splitting, reuses the one reading of tokens.
        let marker: Character = Self.open
        let expanded = Self.expandingTokens(in: literal, spans: spans) { span in
            "\(marker)\(spans.firstIndex(of: span) ?? 0)\(Self.close)"
        }
        var scanner = RawHTML()
        var rest = Substring(expanded)
        while let character = rest.first {
            rest.removeFirst()
            guard character == marker else {
                raw.append(character)
                scanner.read(character, following: rest)
                continue
            }
            let digits = rest.prefix { $0 != Self.close }
            rest = rest.dropFirst(digits.count + 1)
            guard let index = Int(digits), spans.indices.contains(index) else { continue }
            if scanner.inTag || scanner.codeDepth > 0 {
                raw += Self.written(spans[index])
                continue
            }
            flush()
            pieces.append(mathNode(spans[index]))
        }
        flush()
        return pieces
    }
}

/// Just enough of HTML's reading to know whether a character is inside a tag (an attribute)
/// or inside a `<code>` or `<pre>` element, where math is not typeset.
struct RawHTML {
    private(set) var inTag = false
    private(set) var codeDepth = 0
    private var quote: Character?

    mutating func read(_ character: Character, following rest: Substring) {
        if inTag {
            if let q = quote {
                if character == q { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                inTag = false
            }
            return
        }
        if character == "<" {
            inTag = true
            codeDepth = max(0, codeDepth + Self.codeDepthChange("<" + rest.prefix(6)))
        }
    }

    /// +1 for a tag opening `<code>` or `<pre>`, -1 for one closing it, else 0.
    static func codeDepthChange(_ tag: some StringProtocol) -> Int {
        let lower = tag.lowercased()
        for name in ["code", "pre"] {
            for (prefix, change) in [("<" + name, 1), ("</" + name, -1)] where lower.hasPrefix(prefix) {
                let after = lower.dropFirst(prefix.count).first
                if after == nil || after == ">" || after == " " || after == "\t" || after == "\n" || after == "/" { return change }
            }
        }
        return 0
    }
}
