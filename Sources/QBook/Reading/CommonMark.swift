import CCMark
import Foundation

/// The project's only door to libcmark. It parses Markdown into `MarkdownNode` values (pages are
/// rendered from those, by `MarkdownHTMLRenderer`); every C object is freed before a function
/// returns, and no pointer escapes.
enum CommonMark {
    /// Maps a 1-based line and UTF-8 byte column of the parsed text to a character column in the file.
    typealias ColumnMap = (_ line: Int, _ byteColumn: Int) -> Int

    /// Parses `text`, which has the lines of `source` (it may be `source.text` with math shielded;
    /// code blocks are the same in both). `column` maps cmark's byte columns into the file.
    static func parse(_ text: String, lines source: SourceText, column: ColumnMap) -> MarkdownNode {
        withDocument(text) { root in copyTree(root, source: source, column: column) } ?? MarkdownNode(kind: .document)
    }

    /// Parses `text` (with source positions; raw HTML kept) and calls `body` with the tree,
    /// which is freed when `body` returns; nil if cmark cannot parse it.
    private static func withDocument<T>(_ text: String, _ body: (OpaquePointer) -> T) -> T? {
        let bytes = Array(text.utf8)
        guard let root = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE)
            }
        }) else { return nil }
        defer { cmark_node_free(root) }
        return body(root)
    }

    // MARK: - Copying cmark's tree

    /// Walks with cmark's iterator and an explicit stack, so deep nesting cannot exhaust the stack.
    private static func copyTree(_ root: OpaquePointer, source: SourceText, column: ColumnMap) -> MarkdownNode {
        var stack: [MarkdownNode] = []
        var result = MarkdownNode(kind: .document)
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let isLeaf = cmark_node_first_child(node) == nil && !isContainer(node)
            if event == CMARK_EVENT_ENTER {
                let copy = copyNode(node, source: source, column: column)
                if isLeaf {
                    if stack.isEmpty { result = copy } else { stack[stack.count - 1].children.append(copy) }
                } else {
                    stack.append(copy)
                }
            } else if event == CMARK_EVENT_EXIT {
                let finished = stack.removeLast()
                if stack.isEmpty { result = finished } else { stack[stack.count - 1].children.append(finished) }
            }
        }
        return result
    }

    /// cmark sends enter and exit events for containers, even empty ones, and only enter for leaves.
    private static func isContainer(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM,
             CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING,
             CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE:
            return true
        default:
            return false
        }
    }

    private static func copyNode(_ node: OpaquePointer, source: SourceText, column: ColumnMap) -> MarkdownNode {
        let type = cmark_node_get_type(node)
        var copy = MarkdownNode(kind: kind(of: type), range: range(of: node, column: column))
        func string(_ pointer: UnsafePointer<CChar>?) -> String? { pointer.map { String(cString: $0) } }
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            copy.literal = string(cmark_node_get_literal(node))
        case CMARK_NODE_CODE_BLOCK:
            copy.literal = string(cmark_node_get_literal(node))
            if let range = copy.range, isFenced(startingAt: range.start, literal: copy.literal ?? "", in: source) {
                copy.fenceInfo = string(cmark_node_get_fence_info(node)) ?? ""
            }
        case CMARK_NODE_HEADING:
            copy.level = Int(cmark_node_get_heading_level(node))
        case CMARK_NODE_LIST:
            copy.list = .init(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            copy.destination = string(cmark_node_get_url(node))
            copy.title = string(cmark_node_get_title(node))
        default:
            break
        }
        return copy
    }

    private static func kind(of type: cmark_node_type) -> MarkdownNode.Kind {
        switch type {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .other
        }
    }

    /// cmark reports 1-based lines and UTF-8 byte columns, and 0 where it has no position.
    private static func range(of node: OpaquePointer, column: ColumnMap) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        guard startLine > 0 else { return nil }
        let endLine = max(startLine, Int(cmark_node_get_end_line(node)))
        let startColumn = max(1, Int(cmark_node_get_start_column(node)))
        let endColumn = max(1, Int(cmark_node_get_end_column(node)))
        return SourceRange(start: SourcePosition(line: startLine, column: column(startLine, startColumn)),
                           end: SourcePosition(line: endLine, column: column(endLine, endColumn)))
    }

    /// cmark has no public "is fenced" getter. A fenced block's first line is its fence, which is
    /// not part of the literal; an indented block's first line is the literal's first line (even
    /// when that line itself looks like a fence).
    private static func isFenced(startingAt start: SourcePosition, literal: String, in source: SourceText) -> Bool {
        let line = source.line(start.line).dropFirst(start.column - 1)
        guard line.hasPrefix("```") || line.hasPrefix("~~~") else { return false }
        return literal.split(separator: "\n", omittingEmptySubsequences: false).first.map { $0 != line } ?? true
    }
}
