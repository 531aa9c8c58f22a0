/// A token of OpenQASM 2.0 with its 1-based position.
struct QASMToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case integer(Int)
        case real(Double)
        case string(String)
        case symbol(String)     // ; , ( ) [ ] { } + - * / ^ -> ==
        case end
    }
    let kind: Kind
    let line: Int
    let column: Int

    var text: String {
        switch kind {
        case let .identifier(s): return s
        case let .integer(i): return String(i)
        case let .real(d): return "\(d)"
        case let .string(s): return "\"\(s)\""
        case let .symbol(s): return s
        case .end: return "end of input"
        }
    }
}

/// Splits OpenQASM 2.0 text into tokens; `//` comments are skipped. Columns count Unicode scalars.
struct QASMLexer {
    static func tokenize(_ source: String) throws(QSimError) -> [QASMToken] {
        let chars = Array(source.unicodeScalars)
        var tokens: [QASMToken] = []
        var i = 0, line = 1, column = 1
        func advance() {
            if chars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        func isIdentStart(_ c: Unicode.Scalar) -> Bool { c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
        while i < chars.count {
            let c = chars[i]
            let (l, col) = (line, column)
            if c == " " || c == "\t" || c == "\n" || c == "\r" { advance(); continue }
            if c == "/" && i + 1 < chars.count && chars[i + 1] == "/" {
                while i < chars.count && chars[i] != "\n" { advance() }
                continue
            }
            if isIdentStart(c) {
                var s = ""
                while i < chars.count && (isIdentStart(chars[i]) || isDigit(chars[i])) { s.unicodeScalars.append(chars[i]); advance() }
                tokens.append(QASMToken(kind: .identifier(s), line: l, column: col))
                continue
            }
            if isDigit(c) || (c == "." && i + 1 < chars.count && isDigit(chars[i + 1])) {
                var s = ""
                var isReal = false
                while i < chars.count && (isDigit(chars[i]) || chars[i] == ".") {
                    if chars[i] == "." { isReal = true }
                    s.unicodeScalars.append(chars[i]); advance()
                }
                if i < chars.count && (chars[i] == "e" || chars[i] == "E") {
                    isReal = true
                    s.unicodeScalars.append(chars[i]); advance()
                    if i < chars.count && (chars[i] == "+" || chars[i] == "-") { s.unicodeScalars.append(chars[i]); advance() }
                    while i < chars.count && isDigit(chars[i]) { s.unicodeScalars.append(chars[i]); advance() }
                }
                if isReal {
                    guard let d = Double(s) else { throw .qasm(QASMError(line: l, column: col, message: "malformed number '\(s)'")) }
                    tokens.append(QASMToken(kind: .real(d), line: l, column: col))
                } else {
                    guard let v = Int(s) else { throw .qasm(QASMError(line: l, column: col, message: "integer '\(s)' is too large")) }
                    tokens.append(QASMToken(kind: .integer(v), line: l, column: col))
                }
                continue
            }
            if c == "\"" {
                advance()
                var s = ""
                while i < chars.count && chars[i] != "\"" && chars[i] != "\n" { s.unicodeScalars.append(chars[i]); advance() }
                if i >= chars.count || chars[i] != "\"" {
                    throw .qasm(QASMError(line: l, column: col, message: "unterminated string"))
                }
                advance()
                tokens.append(QASMToken(kind: .string(s), line: l, column: col))
                continue
            }
            if c == "-" && i + 1 < chars.count && chars[i + 1] == ">" {
                advance(); advance()
                tokens.append(QASMToken(kind: .symbol("->"), line: l, column: col))
                continue
            }
            if c == "=" && i + 1 < chars.count && chars[i + 1] == "=" {
                advance(); advance()
                tokens.append(QASMToken(kind: .symbol("=="), line: l, column: col))
                continue
            }
            if ";,()[]{}+-*/^".unicodeScalars.contains(c) {
                advance()
                tokens.append(QASMToken(kind: .symbol(String(c)), line: l, column: col))
                continue
            }
            throw .qasm(QASMError(line: l, column: col, message: "unexpected character '\(c)'"))
        }
        tokens.append(QASMToken(kind: .end, line: line, column: column))
        return tokens
    }
}
