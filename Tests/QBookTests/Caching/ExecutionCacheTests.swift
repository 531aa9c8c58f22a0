import Foundation
import Testing
@testable import QBook

/// The execution cache, through `SiteBuilder` as `qbook build` uses it: what runs after which
/// edit, what `--explain` says, and that a cached build writes the bytes a fresh one does.
@Suite struct ExecutionCacheTests {
    /// A scratch project: a tutorials folder, a site folder and a cache folder.
    private final class Project {
        let root: URL
        var tool = "qbook-test 1"
        /// The last build's `page …` lines of `--explain`.
        var pages: [String] = []

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("qbook-cache-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("tutorials"), withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent("tutorials/\(name)"))
        }

        /// Builds and returns the explanation lines of the cells (`  cell N (...): how`) and stderr.
        @discardableResult
        func build(cache: Bool = true, jobs: Int = 2, site: String = "site") -> (explained: [String], outcome: SiteBuilder.Outcome, err: String) {
            let out = Collected(), err = Collected()
            var builder = SiteBuilder(tutorialsDirectory: root.appendingPathComponent("tutorials").path,
                                      outputDirectory: root.appendingPathComponent(site).path)
            if cache { builder.cache = ExecutionCache(directory: root.appendingPathComponent("cache").path, tool: tool) }
            builder.jobs = jobs
            builder.explain = true
            let outcome = builder.build(console: Console(out: out.append, err: err.append))
            let lines = out.text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  cell ") }
            pages = out.text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("page ") }
            return (lines, outcome, err.text)
        }

        func siteFiles(_ site: String = "site") throws -> [String: Data] {
            let folder = root.appendingPathComponent(site)
            var files: [String: Data] = [:]
            for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
                var isDirectory: ObjCBool = false
                let url = folder.appendingPathComponent(path)
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files[path] = try Data(contentsOf: url)
                }
            }
            return files
        }
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        var text: String { lock.withLock { parts.joined() } }
        func append(_ part: String) { lock.withLock { parts.append(part) } }
    }

    private static let tutorial = """
        ---
        title: Cached
        ---
        Some prose.

        ```swift
        var total = 0
        for i in 1...10 { total += i }
        print(total)
        ```

        More prose.

        ```swift
        //| label: second
        total *= 2
        total
        ```

        ```swift
        //| expect-error: true
        let bad: Int = total / 0
        ```

        """

    @Test func contentHashIsFNV1a128() {
        // Published FNV-1a 128-bit test vectors.
        var empty = ContentHash()
        empty.combine(bytes: [UInt8]())
        #expect(empty.hex == "6c62272e07bb014262b821756295c58d")
        var a = ContentHash()
        a.combine(bytes: Array("a".utf8))
        #expect(a.hex == "d228cb696f1a8caf78912b704e4a8964")
        var foobar = ContentHash()
        foobar.combine(bytes: Array("foobar".utf8))
        #expect(foobar.hex == "343e1662793c64bf6f0d3597ba446f18")
        #expect(ContentHash.of(["ab", "c"]) != ContentHash.of(["a", "bc"]))
    }

    @Test func whatRunsAfterEachKindOfEdit() throws {
        let project = try Project()
        try project.write("t.md", Self.tutorial)

        let first = project.build()
        #expect(first.outcome == .built(files: 5), "\(first.err)")
        #expect(first.explained == [
            "  cell 1 (line 6): ran: not in the cache",
            "  cell 2 (second): ran: not in the cache",
            "  cell 3 (line 20): ran: not in the cache",
        ])
        #expect(project.build().explained.allSatisfy { $0.hasSuffix(": from the cache") })

        // Prose and presentation-only options re-run nothing.
        try project.write("t.md", Self.tutorial
            .replacingOccurrences(of: "Some prose.", with: "Some prose,\nnow longer.\n\nAnd a paragraph.")
            .replacingOccurrences(of: "//| label: second", with: "//| label: renamed\n//| echo: false\n//| output: false"))
        let prose = project.build()
        #expect(prose.explained == [
            "  cell 1 (line 9): from the cache",
            "  cell 2 (renamed): from the cache",
            "  cell 3 (line 25): from the cache",
        ])

        // Editing cell 2 runs it and what follows, in the session saved after cell 1.
        try project.write("t.md", Self.tutorial.replacingOccurrences(of: "total *= 2", with: "total *= 3"))
        #expect(project.build().explained == [
            "  cell 1 (line 6): from the cache",
            "  cell 2 (second): ran: its code or running options changed (continuing from the session saved after cell 1)",
            "  cell 3 (line 20): ran: cell 2 before it changed",
        ])

        // An option that changes how a cell runs is part of its key.
        try project.write("t.md", Self.tutorial
            .replacingOccurrences(of: "total *= 2", with: "total *= 3")
            .replacingOccurrences(of: "//| expect-error: true", with: "//| expect-error: true\n//| timeout: 30"))
        #expect(project.build().explained.last == "  cell 3 (line 20): ran: its code or running options changed (continuing from the session saved after cell 2)")

        // The front matter and qbook itself are part of every key.
        try project.write("t.md", Self.tutorial.replacingOccurrences(of: "title: Cached", with: "title: Renamed"))
        #expect(project.build().explained.allSatisfy { $0.hasSuffix("ran: the front matter changed") })
        project.tool = "qbook-test 2"
        #expect(project.build().explained.allSatisfy { $0.hasSuffix("ran: qbook itself changed") })

        // Without the cache every cell runs, and the cache is neither read nor written.
        #expect(project.build(cache: false).explained.allSatisfy { $0.hasSuffix("ran: the cache is off") })
    }

    @Test func aCachedBuildWritesWhatAFreshOneWrites() throws {
        let project = try Project()
        try project.write("t.md", Self.tutorial)
        try project.write("u.md", "---\ntitle: Other\n---\n```swift\nprint(\"<u> & 1\")\n```\n")
        project.build(jobs: 1)
        // Prose grows above the cells: cached outputs, including the located error of cell 3,
        // must move with their cells.
        try project.write("t.md", Self.tutorial.replacingOccurrences(of: "More prose.", with: "More\n\nprose\n\nhere."))
        let cached = project.build(jobs: 1, site: "cached")
        #expect(cached.explained.allSatisfy { $0.hasSuffix(": from the cache") })
        let fresh = project.build(cache: false, jobs: 3, site: "fresh")
        #expect(fresh.outcome == cached.outcome)
        let cachedFiles = try project.siteFiles("cached"), freshFiles = try project.siteFiles("fresh")
        #expect(cachedFiles.keys.sorted() == freshFiles.keys.sorted())
        for (path, data) in freshFiles { #expect(cachedFiles[path] == data, "\(path)") }
        let page = String(decoding: freshFiles["t.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("tutorials/t.md:26:"), "the error moved with its cell")
    }

    @Test func aFailedRunIsNotCachedAndKeepGoingMarksThePage() throws {
        let project = try Project()
        try project.write("t.md", "---\ntitle: Broken\n---\n```swift\nprint(1)\n```\n\n```swift\nlet x: Int = [1][3]\n```\n")
        let failed = project.build()
        #expect(failed.outcome == .cellsFailed)
        #expect(failed.err.contains("--keep-going"))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site").path))
        #expect(project.build().explained.allSatisfy { $0.hasSuffix("ran: not in the cache") })

        var builder = SiteBuilder(tutorialsDirectory: project.root.appendingPathComponent("tutorials").path,
                                  outputDirectory: project.root.appendingPathComponent("site").path)
        builder.keepGoing = true
        let err = Collected()
        #expect(builder.build(console: Console(out: { _ in }, err: err.append)) == .builtWithFailures(files: 5))
        #expect(err.text.contains("the site was written with failing cells"))
        let page = try String(contentsOf: project.root.appendingPathComponent("site/t.html"), encoding: .utf8)
        #expect(page.contains("<p class=\"build-failed\" role=\"alert\">A cell of this page failed when the site was built: <a href=\"#cell-2\">cell 2 (line 8)</a>.</p>"))
        #expect(page.contains("tutorials/t.md:9:17: error: Index out of range (index 3, count 1)"))
    }

    @Test(.enabled(if: MathTypesetter.isInstalled))
    func typesetMathIsKeptToo() throws {
        let project = try Project()
        try project.write("m.md", "---\ntitle: M\n---\nInline $a^2$ and $b_1$.\n")
        project.build(site: "first")
        let math = project.root.appendingPathComponent("cache/math")
        #expect(try FileManager.default.contentsOfDirectory(atPath: math.path).count == 2)
        // A formula no page uses any more leaves the cache; the site is what a fresh build writes.
        try project.write("m.md", "---\ntitle: M\n---\nInline $a^2$ and $c$.\n")
        project.build(site: "cached")
        project.build(cache: false, site: "fresh")
        #expect(try FileManager.default.contentsOfDirectory(atPath: math.path).count == 2)
        #expect(try project.siteFiles("cached") == project.siteFiles("fresh"))
        let page = String(decoding: try project.siteFiles("cached")["m.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("class=\"katex\""))
    }

    @Test func aProseEditRendersOnlyItsPage() throws {
        let project = try Project()
        try project.write("t.md", Self.tutorial)
        try project.write("u.md", "---\ntitle: Other\n---\n```swift\nprint(1)\n```\n")
        project.build(site: "one")
        #expect(project.pages == ["page t.html: rendered", "page u.html: rendered"])
        project.build(site: "two")
        #expect(project.pages == ["page t.html: from the cache", "page u.html: from the cache"])
        try project.write("u.md", "---\ntitle: Other\n---\nNew prose.\n\n```swift\nprint(1)\n```\n")
        project.build(site: "three")
        // t's neighbour link to u keeps its title, so only u is rendered again.
        #expect(project.pages == ["page t.html: from the cache", "page u.html: rendered"])
        project.build(cache: false, site: "fresh")
        #expect(try project.siteFiles("three") == project.siteFiles("fresh"))
        // A renamed neighbour changes t's link, so t is rendered again too.
        try project.write("u.md", "---\ntitle: Renamed\n---\nNew prose.\n\n```swift\nprint(1)\n```\n")
        project.build(site: "four")
        #expect(project.pages == ["page t.html: rendered", "page u.html: rendered"])
    }

    /// A tutorial whose session holds library values (a circuit, a state, a trained model).
    private static let modelTutorial = """
        ---
        title: Model
        ---
        ```swift
        var circuit = Circuit(qubits: 2)
        circuit.h(0)
        circuit.cx(0, 1)
        let state = circuit.run()
        var machine = BornMachine(qubits: 2, layers: 1, seed: 7)
        let target = Distribution(probabilities: [0.5, 0, 0, 0.5])
        let history = machine.train(target: target, steps: 20)
        ```

        ```swift
        print(state.probabilities())
        print(history.losses.count)
        ```

        ```swift
        let extra = machine.train(target: target, steps: 5)
        print(extra.finalLoss < history.losses[0])
        ```

        """

    @Test func editingACellRunsFromItOnAndGivesWhatAFreshBuildGives() throws {
        let project = try Project()
        try project.write("t.md", Self.modelTutorial)
        #expect(project.build(site: "first").outcome == .built(files: 5))
        let edited = Self.modelTutorial.replacingOccurrences(of: "print(history.losses.count)", with: "print(history.losses.count, machine.parameters.count)")
        try project.write("t.md", edited)
        #expect(project.build(site: "edited").explained == [
            "  cell 1 (line 4): from the cache",
            "  cell 2 (line 14): ran: its code or running options changed (continuing from the session saved after cell 1)",
            "  cell 3 (line 19): ran: cell 2 before it changed",
        ])
        // The restored session gives the same pages as a build that ran every cell.
        project.build(cache: false, site: "fresh")
        #expect(try project.siteFiles("edited") == project.siteFiles("fresh"))
        // Editing the last cell runs only it.
        try project.write("t.md", edited.replacingOccurrences(of: "steps: 5)", with: "steps: 6)"))
        #expect(project.build(site: "last").explained.map { $0.contains("from the cache") } == [true, true, false])
    }

    @Test func aStateThatCannotBeSavedIsRebuiltAndTheExplanationSaysWhy() throws {
        let project = try Project()
        let tutorial = "---\ntitle: C\n---\n```swift\nvar n = 1\n```\n\n```swift\nlet twice = { (x: Int) in 2 * x }\n```\n\n```swift\nprint(twice(n))\n```\n"
        try project.write("t.md", tutorial)
        project.build()
        try project.write("t.md", tutorial.replacingOccurrences(of: "print(twice(n))", with: "print(twice(n) + 1)"))
        #expect(project.build().explained == [
            "  cell 1 (line 4): from the cache",
            "  cell 2 (line 8): ran again to rebuild the session for cell 3 (the session after cell 2 could not be saved: `twice` holds a function or closure, which a snapshot cannot save)",
            "  cell 3 (line 12): ran: its code or running options changed (continuing from the session saved after cell 1)",
        ])
    }

    @Test func aDamagedSnapshotIsNotTrusted() throws {
        let project = try Project()
        let tutorial = "---\ntitle: D\n---\n```swift\nvar n = [1, 2]\n```\n\n```swift\nprint(n)\n```\n"
        try project.write("t.md", tutorial)
        project.build()
        let folder = project.root.appendingPathComponent("cache/snapshots")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try Data("qbook-session-1\nbroken".utf8).write(to: folder.appendingPathComponent(name))
        }
        try project.write("t.md", tutorial.replacingOccurrences(of: "print(n)", with: "print(n.count)"))
        let rebuilt = project.build()
        #expect(rebuilt.explained.first == "  cell 1 (line 4): ran again to rebuild the session for cell 2 (the saved session after cell 1 did not restore)")
        #expect(rebuilt.outcome == .built(files: 5))
        let page = String(decoding: try project.siteFiles()["t.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains(">2\n<") || page.contains(">2<"), "the edited cell printed n.count")
        // The damaged snapshot was replaced: the next edit resumes from it.
        try project.write("t.md", tutorial.replacingOccurrences(of: "print(n)", with: "print(n.first!)"))
        #expect(project.build().explained.first == "  cell 1 (line 4): from the cache")
    }
}
