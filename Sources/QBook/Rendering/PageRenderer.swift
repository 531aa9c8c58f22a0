/// Renders a tutorial and its run as one HTML page: the tree reading built, with each code cell
/// as its source and outputs, and math as KaTeX typeset it at build time (`typesetMath`), or
/// else as `\(...\)` and `\[...\]` spans.
public struct PageRenderer: Sendable {
    /// Where a page links back to (the course index), if it belongs to a site.
    public var homeLink: String?
    /// A stylesheet to link instead of the built-in one.
    public var stylesheet: String?
    /// The typeset formulas, and KaTeX's stylesheet to link when there are any.
    var typesetMath: [MathTypesetter.Formula: MathTypesetter.Outcome] = [:]
    /// The templates the page is written through.
    var templates: PageTemplates = .builtIn
    var mathStylesheet: String?
    /// A link: its title and where it goes.
    struct Link: Sendable { var title: String; var href: String }
    /// Within a site: the tutorials before and after this one, and those to read first.
    var previous: Link?
    var next: Link?
    var prerequisites: [Link] = []

    public init(homeLink: String? = nil, stylesheet: String? = nil) {
        self.homeLink = homeLink
        self.stylesheet = stylesheet
    }

    public func render(_ run: TutorialRun) -> String {
        let front = run.tutorial.frontMatter
        let formatter = HTMLFormatter()
        let stylesheets: HTMLNode = .fragment([
            mathStylesheet.flatMap { run.tutorial.math.isEmpty ? nil : .tag("link", ["rel": "stylesheet", "href": $0]) } ?? .fragment([]),
            stylesheet.map { .tag("link", ["rel": "stylesheet", "href": $0]) } ?? .tag("style", [.trusted(PageStyle.css)]),
        ])
        func link(_ link: Link?) -> Any { link.map { ["title": $0.title, "href": $0.href] as [String: Any] } ?? false }
        let context: [String: Any] = [
            "title": front.title,
            "summary": front.summary ?? "",
            "path": run.tutorial.path,
            "stylesheets": formatter.render(stylesheets),
            "homeLink": homeLink ?? "",
            "homeNav": formatter.render(homeLink.map { .tag("nav", [.tag("a", ["href": $0], text: "Course index")]) } ?? .fragment([])),
            "failureNotice": formatter.render(failureNotice(run)),
            "readFirst": formatter.render(readFirst()),
            "content": body(of: run),
            "pager": formatter.render(pager()),
            "previous": link(previous),
            "next": link(next),
            "prerequisites": prerequisites.map { ["title": $0.title, "href": $0.href] },
        ]
        return templates.page.render(context)
    }

    /// A page built with `--keep-going` whose cells failed says so at the top, linking the first.
    private func failureNotice(_ run: TutorialRun) -> HTMLNode {
        guard let first = run.cells.first(where: \.failedUnexpectedly),
              let cell = run.tutorial.cells.first(where: { $0.index == first.cellIndex }) else { return .fragment([]) }
        let count = run.cells.filter(\.failedUnexpectedly).count
        return .tag("p", ["class": "build-failed", "role": "alert"], [
            .text(count == 1 ? "A cell of this page failed when the site was built: " : "\(count) cells of this page failed when the site was built; the first: "),
            .tag("a", ["href": "#" + CellRenderer.anchor(of: cell)], text: "cell \(cell.index + 1) (\(cell.name))"),
            .text("."),
        ])
    }

    /// "Read first: …", linking each prerequisite by its title.
    private func readFirst() -> HTMLNode {
        if prerequisites.isEmpty { return .fragment([]) }
        var parts: [HTMLNode] = [.text("Read first: ")]
        for (i, link) in prerequisites.enumerated() {
            if i > 0 { parts.append(.text(", ")) }
            parts.append(.tag("a", ["href": link.href], text: link.title))
        }
        return .tag("p", ["class": "prerequisites"], parts)
    }

    /// Links to the previous and next tutorials of the course.
    private func pager() -> HTMLNode {
        if previous == nil && next == nil { return .fragment([]) }
        var parts: [HTMLNode] = []
        if let previous { parts.append(.tag("a", ["class": "previous", "href": previous.href, "rel": "prev"], text: "← " + previous.title)) }
        if let next { parts.append(.tag("a", ["class": "next", "href": next.href, "rel": "next"], text: next.title + " →")) }
        return .tag("nav", ["class": "pager"], parts)
    }

    /// The page's content without the surrounding document.
    public func body(of run: TutorialRun) -> String {
        let tutorial = run.tutorial
        let cells = CellRenderer(tutorial: tutorial)
        let runs = Dictionary(uniqueKeysWithValues: run.cells.map { ($0.cellIndex, $0) })
        let formatter = HTMLFormatter()
        let renderedCells = tutorial.cells.map { formatter.render(cells.render($0, run: runs[$0.index])) }
        if tutorial.format == .swift { return renderedCells.joined() }
        let exercises = Dictionary(tutorial.exercises.map { ($0.heading.start, $0.number) }, uniquingKeysWith: { a, _ in a })
        let markdown = MarkdownHTMLRenderer(
            cell: { renderedCells.indices.contains($0) ? renderedCells[$0] : "" },
            math: { node in
                let tex = node.literal ?? ""
                let kind = node.isDisplayMath ? "math display" : "math inline"
                switch typesetMath[MathTypesetter.Formula(tex: tex, display: node.isDisplayMath)] {
                case .html(let typeset)?:
                    return formatter.render(.tag("span", ["class": kind], [.trusted(typeset)]))
                case .error(let message)?:
                    // Visible where it happened, with KaTeX's reason; the build also reports its line.
                    return formatter.render(.tag("span", ["class": kind + " math-error", "title": "TeX error: " + message],
                                                 text: node.isDisplayMath ? "$$\(tex)$$" : "$\(tex)$"))
                case nil:
                    return formatter.render(.tag("span", ["class": kind],
                                                 text: node.isDisplayMath ? "\\[\(tex)\\]" : "\\(\(tex)\\)"))
                }
            },
            heading: { node in
                guard let start = node.range?.start, let number = exercises[start] else { return nil }
                return ("exercise-\(number)", "Exercise \(number).")
            })
        return markdown.render(tutorial.document)
    }
}
