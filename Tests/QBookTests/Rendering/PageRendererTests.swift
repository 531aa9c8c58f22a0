import Foundation
import Testing
import TestSupport
@testable import QBook

@Suite struct PageRendererTests {
    private func read(_ markdown: String, path: String = "t.md") throws -> Tutorial {
        try TutorialReader().readMarkdown(SourceText(path: path, text: markdown))
    }

    private func body(_ tutorial: Tutorial, outputs: [Int: [CellRun.Output]] = [:]) -> String {
        let cells = tutorial.cells.map { cell in
            CellRun(cellIndex: cell.index, status: .ok, outputs: outputs[cell.index] ?? [], failedUnexpectedly: false)
        }
        return PageRenderer().body(of: TutorialRun(tutorial: tutorial, cells: cells))
    }

    /// The TeX inside each math span of rendered HTML, unescaped, without its `\(` `\)` or `\[` `\]`.
    private func renderedMath(_ html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let open = rest.firstRange(of: "<span class=\"math ") {
            rest = rest[open.upperBound...]
            guard let start = rest.firstRange(of: "\">"), let end = rest.firstRange(of: "</span>") else { break }
            let escaped = String(rest[start.upperBound..<end.lowerBound])
            let tex = escaped.replacing("&lt;", with: "<").replacing("&gt;", with: ">")
                .replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&amp;", with: "&")
            found.append(String(tex.dropFirst(2).dropLast(2)))
            rest = rest[end.upperBound...]
        }
        return found
    }

    @Test func mathReachesTheHTMLByteForByte() throws {
        let markdown = try FixtureFolder.reading.text("math.md")
        let tutorial = try read(markdown, path: "math.md")
        let html = body(tutorial)
        // Independent of the shield: each formula as it stands between its dollars in the file.
        #expect(renderedMath(html) == [
            "a*b*c", "x_1 + y_2 = z_3", "\\{0, 1\\}^n", "a \\, b", "\\\\",
            "\np_\\theta(x) = |\\langle x|\\psi(\\theta)\\rangle|^2 \\\\\n\\sum_{x} p_\\theta(x) = 1\n",
            "E = mc^2", "\\alpha", "\\beta",
            "\n\\mathrm{MMD}^2 = \\mathbb{E}[k(x, x')]\n",
            "\\theta_*",
        ])
        #expect(renderedMath(html) == tutorial.math.map(\.tex))
        #expect(html.contains("<code>$x*y$</code>"))
        #expect(html.contains("<code>a $b$ `c` </code>"))
        #expect(html.contains("A literal $ sign, prices like $5 and $10, and code"))
        #expect(html.contains("An unclosed $dollar stays text, and $ spaced $ too."))
        #expect(!html.contains("<em>"))
        #expect(!html.unicodeScalars.contains { (0xE000...0xE002).contains($0.value) })
    }

    @Test func mathInsideCodeBlocksIsCode() throws {
        let tutorial = try read("```python\nx = \"$a*b$\"\n```\n\n    $c*d$ indented\n")
        let html = body(tutorial)
        #expect(tutorial.math.isEmpty)
        #expect(html.contains("x = &quot;$a*b$&quot;"))
        #expect(html.contains("$c*d$ indented"))
    }

    @Test func cellOutputsAreEscaped() throws {
        let tutorial = try read("```swift\nprint(1)\n```\n")
        let hostile = "<script>alert('x')</script> & \"quotes\""
        let html = body(tutorial, outputs: [0: [
            .text(hostile), .value(hostile), .table(columns: [hostile], rows: [[hostile]]),
            .error(SourceDiagnostic(id: "x", message: hostile, path: "t.md", position: .init(line: 2, column: 1))),
        ]])
        #expect(!html.contains("<script>"))
        #expect(html.components(separatedBy: "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;").count == 6)
    }

    @Test func cellOptionsDecideWhatIsShown() throws {
        let tutorial = try read("""
            ```swift
            //| label: hidden-source
            //| echo: false
            print(1)
            ```

            ```swift
            //| output: false
            print(2)
            ```

            ```swift
            //| exercise: e
            var x = 0
            ```

            ```swift
            //| check: e
            print("secret check")
            ```

            ```swift
            //| solution: e
            var x = 1
            ```

            """)
        let html = body(tutorial, outputs: [0: [.text("one\n")], 1: [.text("two\n")]])
        #expect(html.contains("<div class=\"cell\" id=\"cell-hidden-source\" data-line=\"1\"><div class=\"outputs\"><pre class=\"output text\">one\n</pre></div></div>"))
        #expect(!html.contains("print(1)"))
        #expect(html.contains("print(<span class=\"tok-number\">2</span>)"))
        #expect(!html.contains("two\n"))
        #expect(html.contains("class=\"cell exercise-starter\""))
        #expect(!html.contains("secret check"))
        #expect(html.contains("<details class=\"solution\"><summary>Show answer</summary><div class=\"cell\" id=\"cell-5\""))
        // The option lines are not part of what a reader sees.
        #expect(!html.contains("//|"))
    }

    @Test func fullPageIsADocumentWithTheTitleEscaped() throws {
        let tutorial = try read("---\ntitle: \"Bits & <qubits>\"\n---\nText.\n")
        let page = PageRenderer().render(TutorialRun(tutorial: tutorial, cells: []))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"))
        #expect(page.contains("<title>Bits &amp; &lt;qubits&gt;</title>"))
        #expect(page.contains("<h1>Bits &amp; &lt;qubits&gt;</h1>"))
        #expect(page.hasSuffix("</html>\n"))
    }
}

/// Swift in cells is highlighted with swift-syntax's classification, and still escaped.
@Suite struct HighlightingTests {
    @Test func tokensAreClassifiedAndTextIsEscaped() {
        let nodes = SwiftHighlighter.highlight("let s = \"<b>\" // a < b\nfunc f(x: Int) -> Double { 2.5 }\n")
        let html = HTMLFormatter().render(.fragment(nodes))
        #expect(html.contains("<span class=\"tok-keyword\">let</span>"))
        #expect(html.contains("<span class=\"tok-string\">&quot;&lt;b&gt;&quot;</span>"))
        #expect(html.contains("<span class=\"tok-comment\">// a &lt; b</span>"))
        #expect(html.contains("<span class=\"tok-type\">Int</span>") && html.contains("<span class=\"tok-number\">2.5</span>"))
        // Nothing is lost or added: the text content is the source.
        let plain = html.replacingOccurrences(of: "<span class=\"[a-z-]+\">", with: "", options: .regularExpression)
            .replacingOccurrences(of: "</span>", with: "").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
        #expect(plain == "let s = \"<b>\" // a < b\nfunc f(x: Int) -> Double { 2.5 }\n")
    }
}
