/// A small well-formedness check for the SVG we write: balanced tags, quoted attributes, no
/// raw '<' or unescaped '&' in text. (Not a full XML parser: enough to catch a broken writer.)
enum XMLCheck {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func isWellFormed(_ s: String) throws -> Bool {
        var stack: [String] = []
        let chars = Array(s.unicodeScalars)
        var i = 0
        func fail(_ m: String) throws -> Never { throw Malformed(description: "\(m) at scalar \(i)") }
        while i < chars.count {
            let c = chars[i]
            if c == "&" {
                var j = i + 1
                while j < chars.count, chars[j] != ";" { j += 1 }
                let entity = String(String.UnicodeScalarView(chars[(i + 1)..<min(j, chars.count)]))
                guard ["amp", "lt", "gt", "quot", "#39"].contains(entity) else { try fail("bad entity &\(entity);") }
                i = j + 1
                continue
            }
            if c != "<" { i += 1; continue }
            var j = i + 1
            var quote: Unicode.Scalar?
            while j < chars.count {
                if let q = quote { if chars[j] == q { quote = nil } } else if chars[j] == "\"" || chars[j] == "'" { quote = chars[j] } else if chars[j] == ">" { break } else if chars[j] == "<" { try fail("'<' inside a tag") }
                j += 1
            }
            guard j < chars.count else { try fail("unterminated tag") }
            let inner = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
            if inner.hasPrefix("/") {
                let name = String(inner.dropFirst())
                guard stack.popLast() == name else { try fail("unbalanced </\(name)>") }
            } else if !inner.hasSuffix("/") {
                stack.append(String(inner.prefix { $0 != " " && $0 != "\n" }))
            }
            i = j + 1
        }
        guard stack.isEmpty else { throw Malformed(description: "unclosed <\(stack.last!)>") }
        return true
    }
}
