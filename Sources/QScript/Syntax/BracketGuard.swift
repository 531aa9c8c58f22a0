/// A lexical pre-check run before SwiftParser: swift-syntax 603.0.1 needs time exponential in
/// the depth of nested `[` (its type lookahead retries each level), so 30 unclosed `[` would
/// hang a build for minutes (found by the fuzzer). Real cells never nest `[` this deep.
enum BracketGuard {
    static let maxDepth = 16

    /// The position of the first `[` nested deeper than `maxDepth`, outside strings and comments.
    static func tooDeep(_ source: String) -> (line: Int, column: Int)? {
        var depth = 0
        var line = 1, column = 0
        var inString = false, inLineComment = false, blockComments = 0
        var previous: Character = " "
        var escaped = false
        for c in source {
            column += 1
            defer { previous = c }
            if c == "\n" {
                line += 1
                column = 0
                inLineComment = false
                continue
            }
            if inLineComment { continue }
            if blockComments > 0 {
                if previous == "*" && c == "/" { blockComments -= 1 }
                if previous == "/" && c == "*" { blockComments += 1 }
                continue
            }
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"": inString = true
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
