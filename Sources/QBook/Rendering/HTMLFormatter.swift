/// Writes an `HTMLNode` tree as HTML text. The only place in qbook where text is escaped.
public struct HTMLFormatter: Sendable {
    /// Elements that have no end tag.
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    public init() {}

    public func render(_ node: HTMLNode) -> String {
        var out = ""
        write(node, to: &out)
        return out
    }

    private func write(_ node: HTMLNode, to out: inout String) {
        switch node {
        case .text(let text):
            out += Self.escape(text)
        case .trusted(let html):
            out += html
        case .fragment(let nodes):
            for child in nodes { write(child, to: &out) }
        case .element(let name, let attributes, let children):
            out += "<\(name)"
            for attribute in attributes {
                out += " \(attribute.name)=\"\(Self.escape(attribute.value))\""
            }
            out += ">"
            guard !Self.voidElements.contains(name) else { return }
            for child in children { write(child, to: &out) }
            out += "</\(name)>"
        }
    }

    /// Escapes the five characters that can change the meaning of HTML text or attributes;
    /// with `apostrophes: false`, only `&`, `<`, `>` and `"` (as cmark does for the author's prose,
    /// inside double-quoted attributes).
    public static func escape(_ text: String, apostrophes: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophes: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
