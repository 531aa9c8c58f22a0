import Foundation
import Testing
import TestSupport
@testable import QBook

/// Every fixture tutorial is read and dumped (tree, positions, cells, exercises), or, when the
/// file is bad input, its diagnostics are formatted as a user sees them; both are golden files.
@Suite struct TutorialModelGoldenTests {
    @Test(arguments: FixtureFolder.reading.fixtures(endingWith: ".md"))
    func readingMatchesGolden(_ fixture: Fixture) throws {
        let path = try fixture.path()
        let text = try fixture.text()
        let source = SourceText(path: path, text: text)
        let actual: String
        do throws(SourceDiagnostics) {
            actual = try TutorialReader().readMarkdown(source).dump()
        } catch {
            actual = "error\n" + DiagnosticFormatter().format(error.diagnostics, source: source)
        }
        Golden.assertMatches(actual, golden: try fixture.sibling(".golden"), in: .reading)
    }

    @Test func everyGoldenHasItsTutorial() {
        let tutorials = FixtureFolder.reading.paths(endingWith: ".md").map { $0.dropLast(3) }
        let goldens = FixtureFolder.reading.paths(endingWith: ".golden").map { $0.dropLast(7) }
        #expect(goldens == tutorials, "a golden without a tutorial (or the reverse) in \(FixtureFolder.reading.name)")
    }
}
