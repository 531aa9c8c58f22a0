/// Protects TeX from Markdown. cmark would read `$a*b*c$` as emphasis and eat backslashes, so
/// math is cut out before parsing and put back after rendering, byte for byte.
///
/// Each span is replaced by a token of private-use characters that cmark passes through as plain
/// text: `U+E000 <index> U+E001` where the span starts, and `U+E002` at the start of each further
/// line it covers. The shielded text has exactly the original lines, and `originalColumn` maps a
/// column on a shielded line back to the file. Rules (those of Pandoc's `tex_math_dollars`):
/// - `$$...$$` is display math and may cover several lines of one paragraph;
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

    /// Shields the math in every line not inside `codeLines` (lines of code blocks, 1-based).
    /// No span covers a line that looks like a code fence, so shielding never hides a fence from
    /// the parser, even before the code blocks are known (see `TutorialReader`).
    public init(_ source: SourceText, codeLines: Set<Int> = []) {
        let barrier = { (line: Int) in codeLines.contains(line) || Self.looksLikeFence(source.line(line)) }
        var lineNumber = 1
        while lineNumber <= source.lines.count {
            if barrier(lineNumber) { lineNumber += 1; continue }
            var end = lineNumber
            while end + 1 <= source.lines.count, !barrier(end + 1) { end += 1 }
            findSpans(source, lines: lineNumber...end)
            lineNumber = end + 1
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

    /// A line that may open or close a fenced code block: after indentation, block-quote markers
    /// and list markers (`-`, `*`, `+`, `1.`, `1)`), three backticks or tildes.
    static func looksLikeFence(_ line: Substring) -> Bool {
        var rest = line
        while true {
            rest = rest.drop { $0.isSpaceOrTab || $0 == ">" }
            if let first = rest.first, "-*+".contains(first), rest.dropFirst().first?.isSpaceOrTab == true {
                rest = rest.dropFirst()
                continue
            }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(digits.count)
            if !digits.isEmpty, let mark = after.first, mark == "." || mark == ")", after.dropFirst().first?.isSpaceOrTab == true {
                rest = after.dropFirst()
                continue
            }
            return rest.hasPrefix("```") || rest.hasPrefix("~~~")
        }
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

    private mutating func findSpans(_ source: SourceText, lines: ClosedRange<Int>) {
        let text = SegmentText(source, lines: lines)
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
                    record(span, in: text, source: source)
                    i = span.end + 1
                } else {
                    i += i + 1 < text.count && text[i + 1] == "$" ? 2 : 1
                }
            default:
                i += 1
            }
        }
    }

    private mutating func record(_ span: (start: Int, end: Int, display: Bool), in text: SegmentText, source: SourceText) {
        let fence = span.display ? 2 : 1
        let start = text.positions[span.start], end = text.positions[span.end]
        let quoted = source.line(start.line).prefix(start.column - 1).drop(while: \.isSpaceOrTab).hasPrefix(">")
        var body = text.string(span.start + fence, span.end - fence)
        if quoted {  // `>` markers at the start of continuation lines are not TeX
            body = body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                index == 0 ? String(line) : String(line.drop { $0 == ">" || $0.isSpaceOrTab })
            }.joined(separator: "\n")
        }
        let index = spans.count
        spans.append(Span(tex: body, isDisplay: span.display, range: SourceRange(start: start, end: end)))
        for line in start.line...end.line {
            let lineLength = source.line(line).count
            let from = line == start.line
                ? start.column
                : source.line(line).prefix { $0.isSpaceOrTab || (quoted && $0 == ">") }.count + 1
            let to = line == end.line ? end.column : lineLength
            let token = line == start.line ? "\(Self.open)\(index)\(Self.close)" : String(Self.continuation)
            cuts[line, default: []].append(Cut(column: from, count: max(0, to - from + 1), tokenLength: token.count))
            cuts[line]!.sort { $0.column < $1.column }
            tokens[Key(line: line, column: from)] = token
        }
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
