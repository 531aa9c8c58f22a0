/// Protects TeX from Markdown. cmark would read `$a*b*c$` as emphasis and eat backslashes, so
/// math is cut out before parsing and put back into the tree, byte for byte.
///
/// Where math may be is decided by a first parse of the plain text: only inside a paragraph, a
/// heading or an HTML block, and never across two of them (so `- $a` and `- b$` in two list
/// items, or a `$` before a heading line, stay text). Each span is replaced by a token of
/// private-use characters that cmark passes through as plain text: `U+E000 <index> U+E001`
/// where the span starts, and `U+E002` at the start of each further line it covers (after the
/// line's indentation and block-quote markers, which are not TeX). The shielded text has exactly
/// the original lines, and `originalColumn` maps a column on a shielded line back to the file.
/// Identical formulas share one span (and one token, so a link label holding math still
/// matches its definition, as cmark matches the literal text). Rules (those of Pandoc's
/// `tex_math_dollars`):
/// - `$$...$$` is display math and may cover several lines of one block;
/// - `$...$` is inline math when the opening `$` is followed by a non-space character, the closing
///   `$` follows a non-space character and is not followed by a digit (`$5 and $10` stays text);
/// - `\$` is a literal dollar; code spans and code blocks are never math and never hold math;
/// - no span crosses a blank line.
public struct MathShield: Sendable {
    public struct Span: Sendable, Hashable {
        public var tex: String
        public var isDisplay: Bool
        public var range: SourceRange
    }

    /// A block whose lines may hold math: a paragraph, a heading or an HTML block, inside
    /// `quoteDepth` block quotes.
    public struct Segment: Sendable, Hashable {
        public var lines: ClosedRange<Int>
        public var quoteDepth: Int

        public init(lines: ClosedRange<Int>, quoteDepth: Int) {
            self.lines = lines
            self.quoteDepth = quoteDepth
        }
    }

    /// A stretch of one line that became a token: `count` characters from `column` (1-based)
    /// were replaced by `tokenLength` characters.
    struct Cut: Sendable {
        var column: Int
        var count: Int
        var tokenLength: Int
    }

    public private(set) var spans: [Span] = []
    public private(set) var shieldedText: String = ""
    /// The cuts of each line, in column order.
    private var cuts: [Int: [Cut]] = [:]

    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"
    static let continuation: Character = "\u{E002}"

    /// Shields the math of `source`, finding its blocks with a first, plain parse.
    public init(_ source: SourceText) {
        let plain = CommonMark.parse(source.text, lines: source) { line, byteColumn in
            source.characterColumn(line: line, byteColumn: byteColumn)
        }
        self.init(source, segments: Self.segments(of: plain, source: source))
    }

    /// Shields the math inside `segments` only.
    public init(_ source: SourceText, segments: [Segment]) {
        for segment in segments where segment.lines.upperBound <= source.lines.count {
            findSpans(source, segment: segment)
        }
        var lines = source.lines.map(String.init)
        for (line, lineCuts) in cuts {
            var characters = Array(lines[line - 1])
            for cut in lineCuts.reversed() {
                let token = tokens[Key(line: line, column: cut.column)] ?? ""
                characters.replaceSubrange((cut.column - 1)..<(cut.column - 1 + cut.count), with: Array(token))
            }
            lines[line - 1] = String(characters)
        }
        tokens = [:]
        shieldedText = lines.joined(separator: "\n") + (source.text.hasSuffix("\n") ? "\n" : "")
    }

    /// The blocks of a parsed document whose text may hold math, in document order; `source`
    /// gives the lines no block covers, which are link reference definitions (their labels
    /// must be shielded as the links that use them are).
    public static func segments(of document: MarkdownNode, source: SourceText) -> [Segment] {
        var result: [Segment] = []
        var covered = Set<Int>()
        document.forEach { node in
            switch node.kind {
            case .paragraph, .heading, .htmlBlock, .codeBlock, .thematicBreak:
                if let r = node.range { covered.formUnion(r.start.line...r.end.line) }
            default: break
            }
        }
        var line = 1
        while line <= source.lines.count {
            let text = source.line(line)
            guard !covered.contains(line), text.contains(where: { !$0.isSpaceOrTab && $0 != ">" }) else { line += 1; continue }
            var end = line
            while end + 1 <= source.lines.count, !covered.contains(end + 1),
                  source.line(end + 1).contains(where: { !$0.isSpaceOrTab && $0 != ">" }) { end += 1 }
            let depth = text.prefix { $0.isSpaceOrTab || $0 == ">" }.filter { $0 == ">" }.count
            result.append(Segment(lines: line...end, quoteDepth: depth))
            line = end + 1
        }
        func visit(_ node: MarkdownNode, depth: Int) {
            switch node.kind {
            case .paragraph, .heading, .htmlBlock:
                if let r = node.range { result.append(Segment(lines: r.start.line...r.end.line, quoteDepth: depth)) }
            case .codeBlock:
                break
            default:
                for child in node.children { visit(child, depth: depth + (node.kind == .blockQuote ? 1 : 0)) }
            }
        }
        visit(document, depth: 0)
        return result.sorted { $0.lines.lowerBound < $1.lines.lowerBound }
    }

    /// The file column of a column on a shielded line. A column inside a token maps to the start
    /// of the math it stands for (or to its end, for the token's last character).
    public func originalColumn(line: Int, shieldedColumn column: Int) -> Int {
        var shift = 0  // original minus shielded, for the cuts passed so far
        for cut in cuts[line] ?? [] {
            let start = cut.column - shift
            if column < start { break }
            if column < start + cut.tokenLength {
                return column == start + cut.tokenLength - 1 ? cut.column + cut.count - 1 : cut.column
            }
            shift += cut.count - cut.tokenLength
        }
        return column + shift
    }

    /// Whether a parsed text still holds a token (math was shielded where it should not have been).
    static func holdsToken(_ text: String) -> Bool {
        text.contains { $0 == open || $0 == continuation }
    }

    /// Characters reserved for tokens; a file that contains one cannot be shielded faithfully.
    public static func reservedCharacter(in source: SourceText) -> SourcePosition? {
        for (index, line) in source.lines.enumerated() {
            if let column = line.firstIndex(where: { $0 == open || $0 == close || $0 == continuation }) {
                return SourcePosition(line: index + 1, column: line.distance(from: line.startIndex, to: column) + 1)
            }
        }
        return nil
    }

    // MARK: - Finding spans

    private struct Key: Hashable {
        var line: Int
        var column: Int
    }

    /// The token text of each cut, by where it starts; only needed while building.
    private var tokens: [Key: String] = [:]

    private mutating func findSpans(_ source: SourceText, segment: Segment) {
        let text = SegmentText(source, lines: segment.lines)
        let codeSpans = text.codeSpans()
        var i = 0
        var nextCodeSpan = 0
        while i < text.count {
            if nextCodeSpan < codeSpans.count, i == codeSpans[nextCodeSpan].lowerBound {
                i = codeSpans[nextCodeSpan].upperBound
                nextCodeSpan += 1
                continue
            }
            switch text[i] {
            case "\\":
                i += 2
            case "$":
                let limit = nextCodeSpan < codeSpans.count ? codeSpans[nextCodeSpan].lowerBound : text.count
                if let span = text.mathSpan(from: i, before: limit) {
                    record(span, in: text, source: source, quoteDepth: segment.quoteDepth)
                    i = span.end + 1
                } else {
                    i += i + 1 < text.count && text[i + 1] == "$" ? 2 : 1
                }
            default:
                i += 1
            }
        }
    }

    private mutating func record(_ span: (start: Int, end: Int, display: Bool), in text: SegmentText, source: SourceText, quoteDepth: Int) {
        let fence = span.display ? 2 : 1
        let start = text.positions[span.start], end = text.positions[span.end]
        // On each further line, the indentation and block-quote markers are not TeX.
        let body = text.string(span.start + fence, span.end - fence)
            .split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                index == 0 ? String(line) : String(line.dropFirst(Self.prefixLength(line, quoteDepth: quoteDepth)))
            }.joined(separator: "\n")
        let index: Int
        if let same = spans.firstIndex(where: { $0.tex == body && $0.isDisplay == span.display }) {
            index = same
        } else {
            index = spans.count
            spans.append(Span(tex: body, isDisplay: span.display, range: SourceRange(start: start, end: end)))
        }
        for line in start.line...end.line {
            let lineLength = source.line(line).count
            let from = line == start.line ? start.column : Self.prefixLength(source.line(line), quoteDepth: quoteDepth) + 1
            let to = line == end.line ? end.column : lineLength
            let token = line == start.line ? "\(Self.open)\(index)\(Self.close)" : String(Self.continuation)
            cuts[line, default: []].append(Cut(column: from, count: max(0, to - from + 1), tokenLength: token.count))
            cuts[line]!.sort { $0.column < $1.column }
            tokens[Key(line: line, column: from)] = token
        }
    }

    /// The length of a line's container prefix: its indentation and up to `quoteDepth`
    /// block-quote markers.
    static func prefixLength(_ line: Substring, quoteDepth: Int) -> Int {
        var length = 0, quotes = 0
        for character in line {
            if character.isSpaceOrTab {
                length += 1
            } else if character == ">" && quotes < quoteDepth {
                quotes += 1
                length += 1
            } else {
                break
            }
        }
        return length
    }
}

/// The characters of a run of lines (joined by "\n") with the file position of each.
private struct SegmentText {
    var characters: [Character] = []
    var positions: [SourcePosition] = []

    init(_ source: SourceText, lines: ClosedRange<Int>) {
        for line in lines {
            for (offset, character) in source.line(line).enumerated() {
                characters.append(character)
                positions.append(SourcePosition(line: line, column: offset + 1))
            }
            characters.append("\n")
            positions.append(SourcePosition(line: line, column: source.line(line).count + 1))
        }
    }

    var count: Int { characters.count }
    subscript(index: Int) -> Character { characters[index] }
    func string(_ from: Int, _ to: Int) -> String { from <= to ? String(characters[from...to]) : "" }

    /// The code spans, backticks included, in order (CommonMark: a run of n backticks opens a
    /// span that the next run of exactly n closes; an unmatched run is literal text).
    func codeSpans() -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = 0
        while i < count {
            if characters[i] == "\\" { i += 2; continue }
            guard characters[i] == "`" else { i += 1; continue }
            var runEnd = i
            while runEnd < count, characters[runEnd] == "`" { runEnd += 1 }
            let length = runEnd - i
            var j = runEnd
            var closed: Int?
            while j < count, closed == nil, !isBlankLine(at: j) {
                guard characters[j] == "`" else { j += 1; continue }
                var k = j
                while k < count, characters[k] == "`" { k += 1 }
                if k - j == length { closed = k }
                j = k
            }
            if let closed {
                spans.append(i..<closed)
                i = closed
            } else {
                i = runEnd
            }
        }
        return spans
    }

    /// The math span opened by the `$` at `start` and closed before `limit`, if there is one.
    func mathSpan(from start: Int, before limit: Int) -> (start: Int, end: Int, display: Bool)? {
        let display = start + 1 < limit && characters[start + 1] == "$"
        let contentStart = start + (display ? 2 : 1)
        guard contentStart < limit else { return nil }
        if !display, characters[contentStart].isWhitespace { return nil }
        var j = contentStart
        while j < limit {
            if isBlankLine(at: j) { return nil }
            if characters[j] == "\\" { j += 2; continue }
            if characters[j] == "$" {
                if display {
                    guard j + 1 < limit, characters[j + 1] == "$", j > contentStart else { return nil }
                    return (start, j + 1, true)
                }
                let followedByDigit = j + 1 < count && characters[j + 1].isNumber
                guard j > contentStart, !characters[j - 1].isWhitespace, !followedByDigit else { return nil }
                return (start, j, false)
            }
            j += 1
        }
        return nil
    }

    /// True at a newline followed by a line of only spaces and tabs (a paragraph break).
    func isBlankLine(at index: Int) -> Bool {
        guard characters[index] == "\n" else { return false }
        var j = index + 1
        while j < count, characters[j].isSpaceOrTab { j += 1 }
        return j < count && characters[j] == "\n"
    }
}
