import Foundation
import Testing
@testable import QBook

/// Every fixture tutorial is read and dumped (tree, positions, cells, exercises), or, when the
/// file is bad input, its diagnostics are formatted as a user sees them; both are golden files.
@Suite struct TutorialModelGoldenTests {
    static let fixtures = [
        "math", "code-blocks", "nested-lists", "raw-html", "crlf", "bom", "empty", "front-matter-only",
        "exercises", "unterminated-fence", "non-ascii-error", "front-matter-unterminated",
        "front-matter-unknown-key", "front-matter-type", "front-matter-duplicate", "front-matter-no-title",
        "cell-option-errors", "exercise-incomplete", "fence-info",
    ]

    @Test(arguments: fixtures)
    func readingMatchesGolden(_ name: String) throws {
        let data = Golden.fixtureData("Reading/\(name).md")
        let text = try #require(String(data: data, encoding: .utf8))
        let source = SourceText(path: "\(name).md", text: text)
        let actual: String
        do throws(SourceDiagnostics) {
            actual = try TutorialReader().readMarkdown(source).dump()
        } catch {
            actual = "error\n" + DiagnosticFormatter().format(error.diagnostics, source: source)
        }
        Golden.assertMatches(actual, golden: "Reading/\(name).golden")
    }

    @Test func everyFixtureHasATest() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Golden.fixtures.appendingPathComponent("Reading").path)
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        #expect(Set(names) == Set(Self.fixtures))
    }
}
