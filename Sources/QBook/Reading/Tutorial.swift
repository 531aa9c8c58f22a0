/// A tutorial as read from its file: front matter, the Markdown tree with positions, the code
/// cells to run and the exercises. Reading checks everything it can before anything runs.
public struct Tutorial: Sendable {
    public enum Format: String, Sendable {
        /// A Markdown tutorial.
        case markdown
        /// A plain `.swift` file, run as one cell.
        case swift
    }

    public var format: Format
    public var source: SourceText
    public var frontMatter: FrontMatter
    /// Lines taken by the front matter, fences included (0 when there is none).
    public var frontMatterLineCount: Int
    /// The document with math as `.math` nodes and cells numbered: the one tree a page renders.
    public var document: MarkdownNode
    public var math: [MathShield.Span]
    public var cells: [Cell]
    public var exercises: [Exercise]

    public var path: String { source.path }
}
