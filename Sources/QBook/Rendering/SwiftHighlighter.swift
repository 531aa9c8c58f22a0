import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Highlights a cell's Swift with swift-syntax's own classification (the one SourceKit uses), not
/// a pattern: each classified stretch becomes a `<span class="tok-…">`, everything else text.
/// The text is escaped by `HTMLFormatter` as usual; the spans only add classes.
enum SwiftHighlighter {
    static func highlight(_ source: String) -> [HTMLNode] {
        let tree = Parser.parse(source: source)
        let bytes = Array(source.utf8)
        var nodes: [HTMLNode] = []
        var position = 0
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        for item in tree.classifications {
            let start = item.range.lowerBound.utf8Offset, end = item.range.upperBound.utf8Offset
            guard start >= position, end <= bytes.count, end > start else { continue }
            if start > position { nodes.append(.text(text(position, start))) }
            if let name = className(item.kind) {
                nodes.append(.tag("span", ["class": name], text: text(start, end)))
            } else {
                nodes.append(.text(text(start, end)))
            }
            position = end
        }
        if position < bytes.count { nodes.append(.text(text(position, bytes.count))) }
        return nodes
    }

    private static func className(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: "tok-keyword"
        case .type: "tok-type"
        case .stringLiteral, .regexLiteral: "tok-string"
        case .integerLiteral, .floatLiteral: "tok-number"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "tok-comment"
        case .attribute: "tok-attribute"
        case .operator: "tok-operator"
        case .argumentLabel: "tok-label"
        default: nil
        }
    }
}
