import Foundation
import Testing
@testable import QBook

/// `qbook build --theme DIR`: a theme's templates, stylesheet and assets replace qbook's, and a
/// template that does not parse is reported where it breaks.
@Suite struct ThemeTests {
    private func project() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("qbook-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("tutorials"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("theme/assets/img"), withIntermediateDirectories: true)
        try Data("---\ntitle: Tom & <Jerry>\n---\nHello.\n\n```swift\nprint(\"<b>\")\n```\n".utf8)
            .write(to: root.appendingPathComponent("tutorials/a.md"))
        try Data("---\ntitle: Second\n---\nBye.\n".utf8).write(to: root.appendingPathComponent("tutorials/b.md"))
        try Data("body { color: teal; }\n".utf8).write(to: root.appendingPathComponent("theme/style.css"))
        try Data("<svg/>".utf8).write(to: root.appendingPathComponent("theme/assets/img/logo.svg"))
        try Data("hidden".utf8).write(to: root.appendingPathComponent("theme/assets/.DS_Store"))
        return root
    }

    private func build(_ root: URL) -> (SiteBuilder.Outcome, String) {
        var builder = SiteBuilder(tutorialsDirectory: root.appendingPathComponent("tutorials").path,
                                  outputDirectory: root.appendingPathComponent("site").path)
        builder.theme = root.appendingPathComponent("theme").path
        let err = LockedText()
        return (builder.build(console: Console(out: { _ in }, err: err.append)), err.text)
    }

    private final class LockedText: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        var text: String { lock.withLock { parts.joined() } }
        func append(_ part: String) { lock.withLock { parts.append(part) } }
    }

    @Test func aThemeReplacesTemplatesStylesheetAndAddsAssets() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("<html><title>{{title}}</title><body class=\"mine\">{{#next}}<a rel=next href=\"{{href}}\">{{title}}</a>{{/next}}{{{content}}}</body></html>\n".utf8)
            .write(to: root.appendingPathComponent("theme/page.mustache"))
        let (outcome, err) = build(root)
        #expect(outcome == .built(files: 7), "\(err)")
        let page = try String(contentsOf: root.appendingPathComponent("site/a.html"), encoding: .utf8)
        #expect(page.hasPrefix("<html><title>Tom &amp; &lt;Jerry&gt;</title><body class=\"mine\"><a rel=next href=\"b.html\">Second</a><p>Hello.</p>"))
        #expect(page.contains("&lt;b&gt;"), "cell output stays escaped through a theme")
        #expect(try String(contentsOf: root.appendingPathComponent("site/assets/qbook.css"), encoding: .utf8) == "body { color: teal; }\n")
        #expect(try String(contentsOf: root.appendingPathComponent("site/assets/img/logo.svg"), encoding: .utf8) == "<svg/>")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site/assets/.DS_Store").path))
        // The index keeps the built-in template when the theme has none.
        let index = try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("<h1>Quantum generative models, by running them</h1>"))
    }

    @Test func aTemplateThatDoesNotParseIsLocated() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("<ul>\n{{#tutorials}}<li>{{title}}</li>{{/tutorial}}\n</ul>\n".utf8)
            .write(to: root.appendingPathComponent("theme/index.mustache"))
        let (outcome, err) = build(root)
        #expect(outcome == .inputError)
        #expect(err.contains("theme/index.mustache:2:"), "\(err)")
        #expect(err.contains("error: this template does not parse: a section is closed with another name than it was opened with"), "\(err)")
        #expect(err.contains("qbook: the site was not written: fix the theme above"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func aMissingThemeFolderIsAnInputError() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("theme"))
        let (outcome, err) = build(root)
        #expect(outcome == .inputError)
        #expect(err.contains("error: no theme folder"))
    }

    @Test func theBuiltInTemplatesParseAndNameTheirVariables() {
        let page = PageTemplates.builtIn.page.render(["title": "T <1>", "content": "<p>x</p>"])
        #expect(page.contains("<title>T &lt;1&gt;</title>") && page.contains("<main><h1>T &lt;1&gt;</h1><p>x</p></main>"))
        for variable in ["title", "stylesheets", "homeNav", "failureNotice", "readFirst", "content", "pager"] {
            #expect(PageTemplates.builtInPage.contains("{{\(variable)}}") || PageTemplates.builtInPage.contains("{{{\(variable)}}}"))
            #expect(PageTemplates.pageVariables.contains(variable))
        }
        for variable in ["title", "stylesheets", "search", "map", "tutorialList", "scripts"] {
            #expect(PageTemplates.builtInIndex.contains("{{\(variable)}}") || PageTemplates.builtInIndex.contains("{{{\(variable)}}}"))
            #expect(PageTemplates.indexVariables.contains(variable))
        }
    }
}
