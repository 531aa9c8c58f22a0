import Foundation
import Testing
import TestSupport
@testable import QBook

extension FixtureFolder {
    /// `Fixtures/Pages`: a tutorial with every kind of page fragment, and the goldens of its
    /// page and of a course index.
    static let pages = FixtureFolder("../Fixtures/Pages")
}

/// The HTML readers get, as goldens: cells with their options, each kind of output (escaped
/// text, values, tables, a Charts plot, a located error), numbered exercises with their answer,
/// hints and check command, navigation, and the index with its map of prerequisites.
@Suite struct PageFragmentGoldenTests {
    private func run() throws -> TutorialRun {
        let tutorial = try TutorialReader().read(path: FixtureFolder.pages.fileURL("fragments.md").path,
                                                 showingAs: "tutorials/fragments.md")
        return TutorialRunner().run(tutorial)
    }

    @Test func aPageWithEveryFragment() throws {
        let run = try run()
        #expect(!run.failed)
        var renderer = PageRenderer(homeLink: "index.html", stylesheet: "assets/qbook.css")
        renderer.previous = .init(title: "First <one>", href: "first.html")
        renderer.prerequisites = [.init(title: "First <one>", href: "first.html")]
        let page = renderer.render(run)
        Golden.assertMatches(page.replacingOccurrences(of: "><", with: ">\n<"), golden: "fragments.html.golden", in: .pages)
        // What the golden must show, checked here too so a re-recording cannot quietly lose it.
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("<h3 id=\"exercise-2\"><span class=\"heading-label\">Exercise 2.</span> A code exercise</h3>"))
        #expect(page.contains("<summary>Hint 1 of 2</summary>"))
        #expect(page.contains("tutorials/fragments.md:37:14: error:"))
    }

    @Test func anIndexWithAMapOfPrerequisites() throws {
        let fragments = try run()
        func tutorial(_ name: String, _ front: String) throws -> TutorialRun {
            let t = try TutorialReader().readMarkdown(SourceText(path: "tutorials/\(name).md", text: "---\n\(front)\n---\nText.\n"))
            return TutorialRun(tutorial: t, cells: [])
        }
        let runs = [
            try tutorial("first", "title: First <one>\norder: 1\nsummary: Starts."),
            fragments,
            try tutorial("third", "title: A third tutorial with a title long enough to wrap twice over\norder: 3\nprerequisites: [1, 2]"),
        ]
        var layout = SiteLayout(runs: runs)
        let files = layout.files()
        let index = String(decoding: files.first { $0.path == "index.html" }!.contents, as: UTF8.self)
        Golden.assertMatches(index.replacingOccurrences(of: "><", with: ">\n<"), golden: "index.html.golden", in: .pages)
        #expect(index.contains("<svg class=\"prerequisite-map\""))
        #expect(index.components(separatedBy: "marker-end=").count - 1 == 3, "three arrows: 1→2, 1→3, 2→3")
    }

    @Test func titlesWrapIntoTwoLinesAtMost() {
        #expect(PrerequisiteMap.wrap("Quantum GANs") == ["Quantum GANs"])
        #expect(PrerequisiteMap.wrap("Training Born machines with MMD") == ["Training Born machines with", "MMD"])
        let long = PrerequisiteMap.wrap("A third tutorial with a title long enough to wrap twice over")
        #expect(long.count == 2 && long[1].hasSuffix("…") && long.allSatisfy { $0.count <= 27 })
    }
}
