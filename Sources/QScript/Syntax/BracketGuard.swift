/// A lexical pre-check run before SwiftParser: swift-syntax 603.0.1 needs time exponential in
/// the depth of nested `[` (its type lookahead retries each level), so 30 unclosed `[` would
/// hang a build for minutes (found by the fuzzer). Real cells never nest `[` this deep.
enum BracketGuard {
    static let maxDepth = 16

    /// The position of the first `[` nested deeper than `maxDepth`, outside strings and comments.
    /// A one-line string ends at its line's end even when unterminated (as the parser ends it),
    /// a `"""` string at the next `"""`; brackets inside `\( )` interpolations are code and count.
    static func tooDeep(_ source: String) -> (line: Int, column: Int)? {
        var depth = 0
        var line = 1, column = 0
        var inString = false, multiline = false, inLineComment = false, blockComments = 0
        var escaped = false
        // Open interpolations, innermost last: the parentheses open inside each, and whether
        // the string it interrupts is a `"""` one.
        var interpolations: [(parens: Int, multiline: Bool)] = []
        let chars = Array(source)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let previous: Character = i > 0 ? chars[i - 1] : " "
            i += 1
            column += 1
            if c == "\n" {
                line += 1
                column = 0
                inLineComment = false
                if inString && !multiline { inString = false; escaped = false }
                continue
            }
            if inLineComment { continue }
            if blockComments > 0 {
                if previous == "*" && c == "/" { blockComments -= 1 }
                if previous == "/" && c == "*" { blockComments += 1 }
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                    if c == "(" {
                        // `\(`: code until the matching `)`.
                        interpolations.append((0, multiline))
                        inString = false
                        multiline = false
                    }
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    if !multiline {
                        inString = false
                    } else if i + 1 < chars.count, chars[i] == "\"", chars[i + 1] == "\"" {
                        inString = false
                        multiline = false
                        i += 2
                        column += 2
                    }
                }
                continue
            }
            switch c {
            case "\"":
                inString = true
                if i + 1 < chars.count, chars[i] == "\"", chars[i + 1] == "\"" {
                    multiline = true
                    i += 2
                    column += 2
                }
            case "(" where !interpolations.isEmpty:
                interpolations[interpolations.count - 1].parens += 1
            case ")" where !interpolations.isEmpty:
                if interpolations[interpolations.count - 1].parens == 0 {
                    multiline = interpolations.removeLast().multiline
                    inString = true
                } else {
                    interpolations[interpolations.count - 1].parens -= 1
                }
            case "/" where previous == "/": inLineComment = true
            case "*" where previous == "/": blockComments = 1
            case "[":
                depth += 1
                if depth > maxDepth { return (line, column) }
            case "]":
                depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }
}
