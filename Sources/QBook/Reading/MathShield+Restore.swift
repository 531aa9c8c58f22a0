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

    /// Replaces tokens in the parsed tree: text nodes are split around `.math` nodes, and the soft
    /// breaks that only separated the lines of one span are dropped.
    func restoring(_ node: MarkdownNode) -> MarkdownNode {
        var node = node
        if node.kind == .htmlBlock || node.kind == .htmlInline, let literal = node.literal,
           literal.contains(where: { $0 == Self.open || $0 == Self.continuation }) {
            node.literal = Self.expandingTokens(in: literal, spans: spans, Self.written)
            node.children = htmlPieces(literal, range: node.range)
            return node
        }
        guard !node.children.isEmpty else { return node }
        var children: [MarkdownNode] = []
        for child in node.children {
            guard child.kind == .text, let literal = child.literal,
                  literal.contains(where: { $0 == Self.open || $0 == Self.continuation }) else {
                children.append(restoring(child))
                continue
            }
            // Text nodes hold no line breaks, so each piece's range follows from where it starts.
            var text = ""
            var cursor = child.range?.start
            func flushText() {
                if !text.isEmpty {
                    let range = cursor.map {
                        SourceRange(start: $0, end: SourcePosition(line: $0.line, column: $0.column + text.count - 1))
                    }
                    children.append(MarkdownNode(kind: .text, range: range, literal: text))
                }
                text = ""
            }
            var rest = Substring(literal)
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
                        var math = MarkdownNode(kind: .math, range: spans[index].range, literal: spans[index].tex)
                        math.isDisplayMath = spans[index].isDisplay
                        children.append(math)
                        let end = spans[index].range.end
                        cursor = SourcePosition(line: end.line, column: end.column + 1)
                    }
                } else {
                    text.append(character)
                }
            }
            flushText()
        }
        node.children = children
        return node
    }

    /// Raw HTML that holds math, as raw pieces and `.math` nodes (the pieces keep no position).
    private func htmlPieces(_ literal: String, range: SourceRange?) -> [MarkdownNode] {
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
        var rest = Substring(expanded)
        while let character = rest.first {
            rest.removeFirst()
            guard character == marker else { raw.append(character); continue }
            let digits = rest.prefix { $0 != Self.close }
            rest = rest.dropFirst(digits.count + 1)
            flush()
            if let index = Int(digits), spans.indices.contains(index) {
                var math = MarkdownNode(kind: .math, range: spans[index].range, literal: spans[index].tex)
                math.isDisplayMath = spans[index].isDisplay
                pieces.append(math)
            }
        }
        flush()
        return pieces
    }
}
