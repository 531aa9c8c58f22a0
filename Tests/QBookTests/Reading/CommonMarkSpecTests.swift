import Foundation
import Testing
@testable import QBook

/// The 652 examples of the CommonMark 0.30 spec (the version Debian's libcmark 0.30.2
/// implements) through qbook's reader and renderer, each against `cmark --unsafe`. The spec is
/// not in the repository: `make commonmark-spec SPEC=path/to/spec.txt` runs this (it is skipped
/// without `COMMONMARK_SPEC`). Every example must be identical, or refused by the reader for a
/// reason named in `Self.refusals`, or hold math (a `$` pair qbook typesets, which cmark leaves
/// as text).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["COMMONMARK_SPEC"] != nil))
struct CommonMarkSpecTests {
    struct Example {
        var number: Int
        var markdown: String
        var html: String
    }

    /// What the reader refuses on purpose, by diagnostic id.
    static let refusals = ["unterminated-fence": "a code fence closed by the end of its container (cmark runs it to the end; qbook asks for the closing fence)"]

    static func examples(in spec: String) -> [Example] {
        var examples: [Example] = []
        let fence = String(repeating: "`", count: 32)
        var lines = spec.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            guard line == fence + " example" else { continue }
            var markdown: [Substring] = [], html: [Substring] = []
            var inHTML = false
            while let body = lines.popFirst(), body != fence {
                if body == "." && !inHTML { inHTML = true; continue }
                if inHTML { html.append(body) } else { markdown.append(body) }
            }
            func text(_ ls: [Substring]) -> String { ls.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t") }
            examples.append(Example(number: examples.count + 1, markdown: text(markdown), html: text(html)))
        }
        return examples
    }

    static func cmark(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark")
        process.arguments = ["--unsafe"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func everyExample() throws {
        let path = try #require(ProcessInfo.processInfo.environment["COMMONMARK_SPEC"])
        let examples = Self.examples(in: try String(contentsOfFile: path, encoding: .utf8))
        #expect(examples.count == 652)
        var identical = 0, refused: [(Int, String)] = [], math: [Int] = [], different: [Int] = []
        for example in examples {
            // A front matter of its own, so an example starting with `---` stays Markdown.
            let text = "---\ntitle: t\n---\n" + example.markdown
            let tutorial: Tutorial
            do {
                tutorial = try TutorialReader().readMarkdown(SourceText(path: "spec.md", text: text))
            } catch {
                refused.append((example.number, error.diagnostics.first?.id ?? "?"))
                continue
            }
            let ours = MarkdownHTMLRenderer(
                cell: { _ in "" }, math: { MarkdownHTMLRenderer.escape($0.plainText) }
            ).render(cellsAsCode(tutorial.document))
            if ours == (try Self.cmark(example.markdown)) {
                identical += 1
            } else if !tutorial.math.isEmpty {
                math.append(example.number)
            } else {
                different.append(example.number)
            }
        }
        print("CommonMark 0.30 spec: \(examples.count) examples: \(identical) identical, \(refused.count) refused "
              + "(\(refused.map { "#\($0.0) \($0.1)" }.joined(separator: ", "))), \(math.count) hold math (\(math.map { "#\($0)" }.joined(separator: ", "))), "
              + "\(different.count) different (\(different.map { "#\($0)" }.joined(separator: ", ")))")
        #expect(different.isEmpty)
        #expect(refused.allSatisfy { Self.refusals[$0.1] != nil })
        #expect(identical >= 647)
    }

    /// `swift` blocks are cells on a page; here they are shown as the code blocks cmark sees.
    private func cellsAsCode(_ node: MarkdownNode) -> MarkdownNode {
        var node = node
        node.cellIndex = nil
        node.children = node.children.map(cellsAsCode)
        return node
    }
}
