import CCMark
import Foundation
import Testing
import TestSupport
@testable import QBook

/// Pages are rendered from the tree reading built, by our own writer. Its reference is cmark's
/// HTML renderer on the same text: for Markdown without math, the two must agree byte for byte
/// (cells written back as the code blocks cmark would show).
@Suite struct MarkdownHTMLRendererTests {
    private static let samples: [String] = [
        "# Title\n\nA paragraph with *emphasis*, **strong**, `code`, and a [link](https://example.org/a b?x=1&y='2' \"its title\").\n",
        "- tight\n- list\n  - nested\n  - items\n\n3. ordered\n4. starts at three\n",
        "- loose\n\n- list\n\n  with two paragraphs\n",
        "> A quote\n> over lines\n>\n> - with a list\n\n---\n\n***\n",
        "Hard  \nbreak and soft\nbreak; a backslash\\\nbreak.\n",
        "![an *image*](pic.png \"title\") and <kbd>raw</kbd> inline, &copy; &amp; &#35; entities, \\*escaped\\*.\n",
        "<div class=\"note\">\n<p>raw block</p>\n</div>\n\nAfter it.\n",
        "    indented code <b>\n    second line\n\n```python extra info\nprint(\"<&>\")\n```\n\n~~~\nno info\n~~~\n",
        "Setext heading\n==============\n\nAnother\n-------\n\n1) one\n2) two\n",
        "Üñíçødé text, a URL with ü: [x](/päth/ü?q=ä) and <https://auto.link/x?a&b>.\n",
        "- [ ] not a task list in CommonMark\n- item with `code` and\n  ```swift\n  let x = 1\n  ```\n",
    ]

    private func cmarkHTML(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        let rendered = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) {
                cmark_markdown_to_html($0, buffer.count, CMARK_OPT_UNSAFE)
            }
        }!
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private func ourHTML(_ markdown: String) throws -> String {
        let tutorial = try TutorialReader().readMarkdown(SourceText(path: "t.md", text: markdown))
        var literals: [Int: String] = [:]
        tutorial.document.forEach { node in if let index = node.cellIndex { literals[index] = node.literal } }
        let renderer = MarkdownHTMLRenderer(
            cell: { "<pre><code class=\"language-swift\">" + MarkdownHTMLRenderer.escape(literals[$0] ?? "") + "</code></pre>\n" },
            math: { _ in Issue.record("no math expected"); return "" })
        return renderer.render(tutorial.document)
    }

    @Test(arguments: samples.indices)
    func agreesWithCmark(_ index: Int) throws {
        #expect(try ourHTML(Self.samples[index]) == cmarkHTML(Self.samples[index]))
    }

    @Test func agreesWithCmarkOnTheFixturesWithoutMath() throws {
        var compared = 0
        for name in FixtureFolder.reading.paths(endingWith: ".md") {
            let text = try FixtureFolder.reading.text(name)
            guard !text.contains("$"), let tutorial = try? TutorialReader().readMarkdown(SourceText(path: name, text: text))
            else { continue }
            let body = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset < tutorial.frontMatterLineCount ? "" : String($0.element) }.joined(separator: "\n")
            #expect(try ourHTML(text) == cmarkHTML(body), "\(name)")
            compared += 1
        }
        #expect(compared >= 5)
    }

    @Test func aDollarInACodeBlockStaysCode() throws {
        let markdown = "Price $5.\n\n```swift\nlet s = \"$a*b$\"\nprint(s)\n```\n\nThen $x^2$ is math.\n"
        let tutorial = try TutorialReader().readMarkdown(SourceText(path: "t.md", text: markdown))
        #expect(tutorial.cells.map(\.source) == ["let s = \"$a*b$\"\nprint(s)\n"])
        #expect(tutorial.math.map(\.tex) == ["x^2"])
    }

    @Test func displayMathNeverSwallowsAFence() throws {
        // Without the fence barrier, `$$ ... $$` would reach from the paragraph over the fence.
        let markdown = "Text $$a\n```swift\nprint(\"b$$\")\n```\n"
        let tutorial = try TutorialReader().readMarkdown(SourceText(path: "t.md", text: markdown))
        #expect(tutorial.cells.map(\.source) == ["print(\"b$$\")\n"])
        #expect(tutorial.math.isEmpty)
    }

    @Test func mathInRawHTMLIsTypesetToo() throws {
        let tutorial = try TutorialReader().readMarkdown(SourceText(
            path: "t.md", text: "<details><summary>Why $p^2$?</summary>\n\nBecause.\n\n</details>\n"))
        let html = PageRenderer().body(of: TutorialRun(tutorial: tutorial, cells: []))
        #expect(html.contains("<details><summary>Why <span class=\"math inline\">\\(p^2\\)</span>?</summary>"))
    }

    @Test func inlineMathKeepsThePunctuationAfterItOnItsLine() throws {
        let tutorial = try TutorialReader().readMarkdown(SourceText(
            path: "t.md", text: "With $a$, then $b$). Not $c$ here, nor *$d$*; $e$\n"))
        let html = PageRenderer().body(of: TutorialRun(tutorial: tutorial, cells: []))
        #expect(html == "<p>With <span class=\"nobreak\"><span class=\"math inline\">\\(a\\)</span>,</span> then "
                + "<span class=\"nobreak\"><span class=\"math inline\">\\(b\\)</span>).</span> Not "
                + "<span class=\"math inline\">\\(c\\)</span> here, nor <em><span class=\"math inline\">\\(d\\)</span></em>; "
                + "<span class=\"math inline\">\\(e\\)</span></p>\n")
    }
}
