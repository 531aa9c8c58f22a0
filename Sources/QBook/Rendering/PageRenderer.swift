/// Renders a tutorial and its run as one HTML page: the author's Markdown through cmark's HTML
/// renderer, each code cell replaced by its source and outputs, and math as KaTeX typeset it
/// at build time (`typesetMath`), or else put back as `\(...\)` and `\[...\]` spans.
public struct PageRenderer: Sendable {
    /// Where a page links back to (the course index), if it belongs to a site.
    public var homeLink: String?
    /// A stylesheet to link instead of the built-in one.
    public var stylesheet: String?
    /// The typeset formulas, and KaTeX's stylesheet to link when there are any.
    var typesetMath: [MathTypesetter.Formula: MathTypesetter.Outcome] = [:]
    var mathStylesheet: String?

    public init(homeLink: String? = nil, stylesheet: String? = nil) {
        self.homeLink = homeLink
        self.stylesheet = stylesheet
    }

    public func render(_ run: TutorialRun) -> String {
        let title = run.tutorial.frontMatter.title
        return HTMLDocument.render(
            title: title,
            stylesheet: .fragment([
                mathStylesheet.flatMap { run.tutorial.math.isEmpty ? nil : .tag("link", ["rel": "stylesheet", "href": $0]) } ?? .fragment([]),
                stylesheet.map { .tag("link", ["rel": "stylesheet", "href": $0]) } ?? .tag("style", [.trusted(PageStyle.css)]),
            ]),
            body: [
                homeLink.map { .tag("nav", [.tag("a", ["href": $0], text: "Course index")]) } ?? .fragment([]),
                .tag("main", [.tag("h1", text: title), .trusted(body(of: run))]),
            ])
    }

    /// The page's content without the surrounding document.
    public func body(of run: TutorialRun) -> String {
        let tutorial = run.tutorial
        let cells = CellRenderer(tutorial: tutorial)
        let runs = Dictionary(uniqueKeysWithValues: run.cells.map { ($0.cellIndex, $0) })
        let formatter = HTMLFormatter()
        if tutorial.format == .swift {
            return tutorial.cells.map { formatter.render(cells.render($0, run: runs[$0.index])) }.joined()
        }
        var replacements: [Int: String] = [:]
        for cell in tutorial.cells {
            replacements[cell.range.start.line] = formatter.render(cells.render(cell, run: runs[cell.index])) + "\n"
        }
        let html = CommonMark.renderHTML(tutorial.shieldedText, replacingCodeBlocksAt: replacements)
        return MathShield.expandingTokens(in: html, spans: tutorial.math) { span in
            let kind = span.isDisplay ? "math display" : "math inline"
            switch typesetMath[MathTypesetter.Formula(tex: span.tex, display: span.isDisplay)] {
            case .html(let typeset)?:
                return formatter.render(.tag("span", ["class": kind], [.trusted(typeset)]))
            case .error(let message)?:
                // Visible where it happened, with KaTeX's reason; the build also reports its line.
                return formatter.render(.tag("span", ["class": kind + " math-error", "title": "TeX error: " + message],
                                             text: span.isDisplay ? "$$\(span.tex)$$" : "$\(span.tex)$"))
            case nil:
                return formatter.render(span.isDisplay
                    ? .tag("span", ["class": kind], text: "\\[\(span.tex)\\]")
                    : .tag("span", ["class": kind], text: "\\(\(span.tex)\\)"))
            }
        }
    }
}
