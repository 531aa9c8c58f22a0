/// A node of a parsed Markdown document: cmark's tree copied into Swift values, with source
/// ranges in characters. Nothing here refers to C memory.
public struct MarkdownNode: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        // Blocks.
        case document, blockQuote = "block_quote", list, item, codeBlock = "code_block"
        case htmlBlock = "html_block", paragraph, heading, thematicBreak = "thematic_break"
        // Inlines.
        case text, softBreak = "softbreak", lineBreak = "linebreak", code, htmlInline = "html_inline"
        case emphasis = "emph", strong, link, image
        /// `$...$` or `$$...$$`, cut out before cmark saw the text (see `MathShield`).
        case math
        /// A node type this reader does not know (cmark extensions); kept so nothing is lost.
        case other
    }

    public var kind: Kind
    /// Where the node is in the file. cmark gives no position for some inlines (soft breaks).
    public var range: SourceRange?
    /// Text of `text`, `code`, `code_block`, `html_*` and `math` nodes.
    public var literal: String?
    /// The whole info string of a fenced code block (`swift  x`), or nil for an indented block.
    public var fenceInfo: String?
    /// Heading level (1-6).
    public var level: Int?
    /// Lists: ordered or not, its start number, whether it is tight.
    public var list: ListAttributes?
    /// Links and images.
    public var destination: String?
    public var title: String?
    /// Math nodes: true for `$$...$$`.
    public var isDisplayMath: Bool = false
    /// A `swift` code block: the index of the cell it is (see `Tutorial.cells`).
    public var cellIndex: Int?
    /// Children of blocks and inlines. An HTML node that holds math has children too: its raw
    /// pieces (`htmlInline`) and the `.math` between them; its `literal` is the whole, as written.
    public var children: [MarkdownNode] = []

    public struct ListAttributes: Sendable, Hashable {
        public var ordered: Bool
        public var start: Int
        public var tight: Bool
    }

    public init(kind: Kind, range: SourceRange? = nil, literal: String? = nil) {
        self.kind = kind
        self.range = range
        self.literal = literal
    }

    /// The first word of a fence's info string, e.g. `swift`; nil for indented code blocks.
    public var language: String? {
        guard let info = fenceInfo else { return nil }
        return info.split(whereSeparator: \.isSpaceOrTab).first.map(String.init) ?? ""
    }

    /// The concatenated text of this node's inlines (math included as written, with its dollars).
    public var plainText: String {
        switch kind {
        case .text, .code: return literal ?? ""
        case .math:
            let fence = isDisplayMath ? "$$" : "$"
            return fence + (literal ?? "") + fence
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }

    /// Visits this node and its descendants in document order.
    public func forEach(_ body: (MarkdownNode) throws -> Void) rethrows {
        try body(self)
        for child in children { try child.forEach(body) }
    }
}
