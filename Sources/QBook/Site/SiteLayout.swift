import Foundation

/// The files of the course site, as paths relative to the site folder and their contents.
/// Everything is derived from the runs alone, in a fixed order, so the same tutorials always
/// give the same bytes.
struct SiteLayout {
    let runs: [TutorialRun]
    /// The course's formulas as KaTeX typeset them, and KaTeX's stylesheet and fonts.
    var math: [MathTypesetter.Formula: MathTypesetter.Outcome] = [:]
    var mathAssets: [(path: String, contents: Data)] = []
    /// The templates, stylesheet and assets of the theme.
    var templates: PageTemplates = .builtIn
    /// Rendered pages kept between builds, with each run's key (nil: render every page).
    var pageCache: PageCache?
    var pageKey: ((Int, [String]) -> String?)?
    /// For `--explain`: the pages rendered this time (the others came from the cache).
    private(set) var rendered: [String] = []

    static let stylesheetPath = "assets/qbook.css"
    static let katexFolder = "assets/katex"

    mutating func files() -> [(path: String, contents: Data)] {
        var renderer = PageRenderer(homeLink: "index.html", stylesheet: Self.stylesheetPath)
        renderer.templates = templates
        renderer.typesetMath = math
        renderer.mathStylesheet = mathAssets.isEmpty ? nil : Self.katexFolder + "/katex.min.css"
        var files: [(String, Data)] = [("index.html", Data(index().utf8)), (Self.stylesheetPath, Data((templates.stylesheet ?? PageStyle.css + "\n").utf8))]
        let byOrder = Dictionary(runs.compactMap { run in run.tutorial.frontMatter.order.map { ($0, run.tutorial) } },
                                 uniquingKeysWith: { first, _ in first })
        func link(_ t: Tutorial) -> PageRenderer.Link { .init(title: t.frontMatter.title, href: Self.pagePath(for: t)) }
        var entries: [SearchIndex.Entry] = []
        var usedKeys = Set<String>()
        for (i, run) in runs.enumerated() {
            var page = renderer
            page.previous = i > 0 ? link(runs[i - 1].tutorial) : nil
            page.next = i + 1 < runs.count ? link(runs[i + 1].tutorial) : nil
            page.prerequisites = run.tutorial.frontMatter.prerequisites.compactMap { byOrder[$0] }.map(link)
            let links = ([page.previous, page.next].map { $0.map { "\($0.title)|\($0.href)" } ?? "-" })
                + page.prerequisites.map { "\($0.title)|\($0.href)" }
            let key = run.failed ? nil : pageKey?(i, links)
            let made: PageCache.Page
            if let key, let kept = pageCache?.load(key) {
                made = kept
            } else {
                made = PageCache.Page(html: page.render(run), searchText: SearchIndex.text(ofHTML: renderer.body(of: run)))
                if let key { pageCache?.store(made, key: key) }
                rendered.append(Self.pagePath(for: run.tutorial))
            }
            if let key { usedKeys.insert(key) }
            files.append((Self.pagePath(for: run.tutorial), Data(made.html.utf8)))
            entries.append(SearchIndex.Entry(title: run.tutorial.frontMatter.title, url: Self.pagePath(for: run.tutorial),
                                             text: made.searchText))
        }
        pageCache?.removePages(except: usedKeys)
        files += mathAssets
        let taken = Set(files.map(\.0))
        files += templates.assets.filter { !taken.contains($0.path) }
        files.append((SearchIndex.indexPath, Data(SearchIndex.script(entries).utf8)))
        files.append((SearchIndex.scriptPath, Data((SearchIndex.searchScript + "\n").utf8)))
        return files.sorted { $0.0 < $1.0 }
    }

    static func pagePath(for tutorial: Tutorial) -> String {
        TutorialReader.stem(of: tutorial.path) + ".html"
    }

    private func index() -> String {
        let byOrder = Dictionary(runs.compactMap { run in run.tutorial.frontMatter.order.map { ($0, run.tutorial) } },
                                 uniquingKeysWith: { first, _ in first })
        let items: [HTMLNode] = runs.map { run in
            let front = run.tutorial.frontMatter
            var parts: [HTMLNode] = [.tag("a", ["href": Self.pagePath(for: run.tutorial)], text: front.title)]
            if let summary = front.summary { parts.append(.tag("p", ["class": "summary"], text: summary)) }
            let prerequisites = front.prerequisites.compactMap { byOrder[$0] }
            if !prerequisites.isEmpty {
                var links: [HTMLNode] = [.text("Read first: ")]
                for (offset, tutorial) in prerequisites.enumerated() {
                    if offset > 0 { links.append(.text(", ")) }
                    links.append(.tag("a", ["href": Self.pagePath(for: tutorial)], text: tutorial.frontMatter.title))
                }
                parts.append(.tag("p", ["class": "prerequisites"], links))
            }
            return .tag("li", parts)
        }
        let map = PrerequisiteMap(nodes: runs.map { run in
            let front = run.tutorial.frontMatter
            return .init(title: front.title, href: Self.pagePath(for: run.tutorial), order: front.order, prerequisites: front.prerequisites)
        }).svg()
        let title = "Quantum generative models, by running them"
        let formatter = HTMLFormatter()
        let context: [String: Any] = [
            "title": title,
            "stylesheets": formatter.render(.tag("link", ["rel": "stylesheet", "href": Self.stylesheetPath])),
            "search": formatter.render(.fragment([
                .tag("form", ["class": "search", "role": "search", "onsubmit": "return false"], [
                    .tag("label", ["for": "search"], text: "Search the course "),
                    .tag("input", ["id": "search", "type": "search", "placeholder": "e.g. kernel, Chow–Liu, shots"]),
                ]),
                .tag("ul", ["id": "search-results", "class": "search-results"]),
            ])),
            "map": formatter.render(map.map { .fragment([.tag("h2", text: "How the tutorials build on each other"), $0]) } ?? .fragment([])),
            "tutorialList": formatter.render(.fragment([.tag("h2", text: "Tutorials"), .tag("ol", ["class": "tutorials"], items)])),
            "scripts": formatter.render(.fragment([
                .tag("script", ["src": SearchIndex.indexPath]),
                .tag("script", ["src": SearchIndex.scriptPath]),
            ])),
            "tutorials": runs.map { run -> [String: Any] in
                ["title": run.tutorial.frontMatter.title, "href": Self.pagePath(for: run.tutorial),
                 "summary": run.tutorial.frontMatter.summary ?? ""]
            },
        ]
        return templates.index.render(context)
    }
}
