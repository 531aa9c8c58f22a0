import Foundation
import Testing
import TestSupport

/// The record switch and the fixture folders behave as the README says, in scratch folders.
@Suite struct GoldenTests {
    private func scratch() throws -> FixtureFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qbook-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return FixtureFolder(url: url)
    }

    private func write(_ text: String, _ path: String, in folder: FixtureFolder) throws {
        try Data(text.utf8).write(to: folder.fileURL(path))
    }

    @Test func aMatchingGoldenPassesWithOrWithoutTheSwitch() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try write("same\n", "a.golden", in: folder)
        #expect(Golden.compare("same\n", golden: "a.golden", in: folder, recording: false) == .matches)
        #expect(Golden.compare("same\n", golden: "a.golden", in: folder, recording: true) == .matches)
        #expect(Golden.Outcome.matches.failure("a.golden", actual: "same\n") == nil)
        #expect(try folder.text("a.golden") == "same\n")
    }

    @Test func aChangedOrMissingGoldenFailsAndIsLeftAlone() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try write("one\ntwo\n", "a.golden", in: folder)
        let changed = Golden.compare("one\nthree\n", golden: "a.golden", in: folder, recording: false)
        #expect(changed == .differs(golden: "one\ntwo\n", fromLine: 2))
        #expect(changed.failure("x/a.golden", actual: "one\nthree\n")?.hasPrefix("x/a.golden differs from line 2.") == true)
        let missing = Golden.compare("new\n", golden: "b.golden", in: folder, recording: false)
        #expect(missing == .missing)
        #expect(missing.failure("x/b.golden", actual: "new\n")?.contains("RECORD_GOLDENS=1") == true)
        #expect(try folder.text("a.golden") == "one\ntwo\n")
        #expect(folder.paths(endingWith: ".golden") == ["a.golden"])
    }

    @Test func recordingWritesTheGoldenAndStillFails() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try write("old\n", "a.golden", in: folder)
        let changed = Golden.compare("new\n", golden: "a.golden", in: folder, recording: true)
        let fresh = Golden.compare("fresh", golden: "sub/b.golden", in: folder, recording: true)
        #expect(changed == .recorded(new: false))
        #expect(fresh == .recorded(new: true))
        #expect(changed.failure("a.golden", actual: "new\n")?.hasPrefix("recorded changed golden a.golden") == true)
        #expect(fresh.failure("b.golden", actual: "fresh")?.hasPrefix("recorded new golden b.golden") == true)
        #expect(try folder.text("a.golden") == "new\n")
        #expect(try folder.text("sub/b.golden") == "fresh")
        // What was recorded now passes without the switch.
        #expect(Golden.compare("new\n", golden: "a.golden", in: folder, recording: false) == .matches)
    }

    @Test func aMissingOrEmptyFolderGivesOneFailingCase() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let missing = FixtureFolder(url: folder.url.appendingPathComponent("absent"))
        for empty in [missing, folder] {
            let fixtures = empty.fixtures(endingWith: ".md")
            #expect(fixtures.count == 1)
            #expect(throws: FixtureError.self) { try fixtures[0].path() }
            #expect(throws: FixtureError.self) { try fixtures[0].text() }
        }
        try write("x", "t.md", in: folder)
        let found = folder.fixtures(endingWith: ".md")
        #expect(try found.map { try $0.path() } == ["t.md"])
        #expect(try found[0].sibling(".golden") == "t.golden")
        #expect(try found[0].text() == "x")
    }

    @Test func foldersAreNamedFromTheTestsFolder() {
        #expect(FixtureFolder.reading.name == "QBookTests/Fixtures/Reading")
    }
}
