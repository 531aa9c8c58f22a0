/// Writes the tutorial's Markdown tree (the one tree reading built) as HTML, in the shape cmark's
/// own HTML renderer gives, with two kinds of node handed to the caller: code blocks that are
/// cells (`cell`) and math (`math`). Raw HTML written by the author passes through: tutorials are
/// trusted, and everything a cell produces is escaped before it reaches a page.
struct MarkdownHTMLRenderer {
    /// The HTML of cell number `index`.
    var cell: (_ index: Int) -> String
    /// The HTML of a formula.
    var math: (_ node: MarkdownNode) -> String
    /// An id and a label to put before a heading's text (exercises are numbered this way).
    var heading: (_ node: MarkdownNode) -> (id: String, label: String)? = { _ in nil }

    func render(_ document: MarkdownNode) -> String {
        var out = ""
        write(document, tightList: false, to: &out)
        return out
    }

    private func write(_ node: MarkdownNode, tightList: Bool, to out: inout String) {
        switch node.kind {
        case .document, .other:
            children(of: node, tightList: tightList, to: &out)
        case .blockQuote:
            block("<blockquote>\n", node, "</blockquote>\n", to: &out)
        case .list:
            let list = node.list ?? .init(ordered: false, start: 1, tight: false)
            let open = list.ordered ? (list.start == 1 ? "<ol>\n" : "<ol start=\"\(list.start)\">\n") : "<ul>\n"
            newline(&out)
            out += open
            children(of: node, tightList: list.tight, to: &out)
            newline(&out)
            out += list.ordered ? "</ol>\n" : "</ul>\n"
        case .item:
            newline(&out)
            out += "<li>"
            children(of: node, tightList: tightList, to: &out)
            out += "</li>\n"
        case .heading:
            let level = min(6, max(1, node.level ?? 1))
            newline(&out)
            if let decoration = heading(node) {
                out += "<h\(level) id=\"\(Self.escape(decoration.id))\"><span class=\"heading-label\">"
                out += Self.escape(decoration.label) + "</span> "
            } else {
                out += "<h\(level)>"
            }
            children(of: node, tightList: false, to: &out)
            out += "</h\(level)>\n"
        case .paragraph:
            if tightList {
                children(of: node, tightList: false, to: &out)
            } else {
                newline(&out)
                out += "<p>"
                children(of: node, tightList: false, to: &out)
                out += "</p>\n"
            }
        case .codeBlock:
            newline(&out)
            if let index = node.cellIndex {
                out += cell(index)
                newline(&out)
                return
            }
            let language = node.language.flatMap { $0.isEmpty ? nil : $0 }
            out += language.map { "<pre><code class=\"language-\(Self.escape($0))\">" } ?? "<pre><code>"
            out += Self.escape(node.literal ?? "")
            out += "</code></pre>\n"
        case .htmlBlock:
            newline(&out)
            raw(node, to: &out)
            newline(&out)
        case .thematicBreak:
            newline(&out)
            out += "<hr />\n"
        case .text:
            out += Self.escape(node.literal ?? "")
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br />\n"
        case .code:
            out += "<code>" + Self.escape(node.literal ?? "") + "</code>"
        case .htmlInline:
            raw(node, to: &out)
        case .emphasis:
            out += "<em>"
            children(of: node, tightList: false, to: &out)
            out += "</em>"
        case .strong:
            out += "<strong>"
            children(of: node, tightList: false, to: &out)
            out += "</strong>"
        case .link:
            out += "<a href=\"" + Self.escapeHref(node.destination ?? "") + "\""
            if let title = node.title, !title.isEmpty { out += " title=\"" + Self.escape(title) + "\"" }
            out += ">"
            children(of: node, tightList: false, to: &out)
            out += "</a>"
        case .image:
            out += "<img src=\"" + Self.escapeHref(node.destination ?? "") + "\" alt=\""
            out += Self.escape(node.plainText) + "\""
            if let title = node.title, !title.isEmpty { out += " title=\"" + Self.escape(title) + "\"" }
            out += " />"
        case .math:
            out += math(node)
        }
    }

    private func children(of node: MarkdownNode, tightList: Bool, to out: inout String) {
        var glued = 0  // characters of the next text already written with the inline math before it
        for (i, child) in node.children.enumerated() {
            if glued > 0 {
                out += Self.escape(String((child.literal ?? "").dropFirst(glued)))
                glued = 0
                continue
            }
            let stuck = i + 1 < node.children.count ? punctuationAfterInlineMath(child, node.children[i + 1]) : ""
            if stuck.isEmpty {
                write(child, tightList: tightList, to: &out)
                continue
            }
            // A browser may break between typeset math and the comma after it; keep them together.
            out += "<span class=\"nobreak\">" + math(child) + Self.escape(stuck) + "</span>"
            glued = stuck.count
        }
    }

    /// The punctuation that starts `next` when `node` is inline math and `next` the text after it.
    private func punctuationAfterInlineMath(_ node: MarkdownNode, _ next: MarkdownNode) -> String {
        guard node.kind == .math, !node.isDisplayMath, next.kind == .text else { return "" }
        return String((next.literal ?? "").prefix(while: Self.gluesToMath))
    }

    /// Punctuation that closes a phrase and must not start a line.
    private static func gluesToMath(_ c: Character) -> Bool {
        ",.;:!?)]}'’\"”…".contains(c)
    }

    private func block(_ open: String, _ node: MarkdownNode, _ close: String, to out: inout String) {
        newline(&out)
        out += open
        children(of: node, tightList: false, to: &out)
        newline(&out)
        out += close
    }

    /// Raw HTML as written; math inside it (its children, when there is any) is typeset.
    private func raw(_ node: MarkdownNode, to out: inout String) {
        if node.children.isEmpty {
            out += node.literal ?? ""
        } else {
            for piece in node.children { piece.kind == .math ? (out += math(piece)) : (out += piece.literal ?? "") }
        }
    }

    /// Starts a new line unless the output is empty or already at one (cmark's `cr`).
    private func newline(_ out: inout String) {
        if let last = out.last, last != "\n" { out += "\n" }
    }

    /// A link destination as an attribute value: characters safe in a URL stay, `&` and `'` become
    /// entities, and everything else is percent-encoded byte by byte (what cmark does).
    static func escapeHref(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case UInt8(ascii: "'"): out += "&#x27;"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if "-_.+!*(),%#@?=;:/$~".utf8.contains(byte) {
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    let hex = Array("0123456789ABCDEF")
                    out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
                }
            }
        }
        return out
    }

    /// Text and attribute values as cmark escapes them: an apostrophe in prose stays one.
    static func escape(_ text: String) -> String { HTMLFormatter.escape(text, apostrophes: false) }
}
