import Foundation
import Testing

/// `qbook build`, end to end, in a scratch folder with its own tutorials.
@Suite struct BuildCommandTests {
    private func makeCourse() throws -> URL {
        let folder = try QbookProcess.scratchFolder()
        let tutorials = folder.appendingPathComponent("tutorials")
        try FileManager.default.createDirectory(at: tutorials, withIntermediateDirectories: true)
        try Data(contentsOf: QbookProcess.fixtures.appendingPathComponent("basic.md"))
            .write(to: tutorials.appendingPathComponent("first.md"))
        try Data("""
            ---
            title: Second <tutorial>
            order: 2
            prerequisites: [1]
            summary: Follows the first.
            ---
            ```swift
            print("second")
            ```

            """.utf8).write(to: tutorials.appendingPathComponent("second.md"))
        return folder
    }

    @Test func writesAPageEachAndAnIndexThenChecksThem() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        let build = try QbookProcess.run(["build"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let site = folder.appendingPathComponent("outputs/site")
        let files = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        #expect(files == ["assets", "first.html", "index.html", "second.html"])
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"first.html\">A basic tutorial</a>"))
        #expect(index.contains("<a href=\"second.html\">Second &lt;tutorial&gt;</a>"))
        #expect(index.contains("Read first: <a href=\"first.html\">A basic tutorial</a>"))
        #expect(index.range(of: "first.html")!.lowerBound < index.range(of: "second.html")!.lowerBound)

        // Byte-identical when built again, and --check agrees.
        let before = try Data(contentsOf: site.appendingPathComponent("first.html"))
        #expect(try QbookProcess.run(["build"], in: folder).status == 0)
        #expect(try Data(contentsOf: site.appendingPathComponent("first.html")) == before)
        let check = try QbookProcess.run(["build", "--check"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")

        // An edited tutorial makes --check fail and name the page.
        try Data("---\ntitle: Changed\norder: 2\n---\n".utf8)
            .write(to: folder.appendingPathComponent("tutorials/second.md"))
        let stale = try QbookProcess.run(["build", "--check"], in: folder)
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("second.html"))
    }

    @Test func aFailingCellLeavesTheOldSiteInPlace() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try QbookProcess.run(["build"], in: folder).status == 0)
        let index = folder.appendingPathComponent("outputs/site/index.html")
        let before = try Data(contentsOf: index)
        try Data("---\ntitle: Broken\n---\n```swift\nprint(undefinedName)\n```\n".utf8)
            .write(to: folder.appendingPathComponent("tutorials/third.md"))
        let result = try QbookProcess.run(["build"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("tutorials/third.md:5:7: error: cannot find 'undefinedName' in scope"))
        #expect(try Data(contentsOf: index) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("outputs/site/third.html").path))
    }

    @Test func aMalformedTutorialIsAnInputError() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("---\ntitle: x\nordr: 1\n---\n".utf8).write(to: folder.appendingPathComponent("tutorials/bad.md"))
        let result = try QbookProcess.run(["build"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("tutorials/bad.md:3:1: error: unknown front matter key 'ordr'"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("outputs/site").path))
    }

    /// Every file under `folder`, by relative path.
    private func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    private func restore(_ files: [String: Data], at folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for (path, data) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    @Test func aBuildKilledAtAnyMomentLeavesAWholeSite() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("outputs/site")
        #expect(try QbookProcess.run(["build"], in: folder).status == 0)
        let old = snapshot(site)
        let first = folder.appendingPathComponent("tutorials/first.md")
        try (String(contentsOf: first, encoding: .utf8) + "\nA new closing paragraph.\n").write(to: first, atomically: true, encoding: .utf8)
        let started = Date()
        #expect(try QbookProcess.run(["build", "--no-cache", "--output", "outputs/new"], in: folder).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = snapshot(folder.appendingPathComponent("outputs/new"))
        #expect(old != new && !old.isEmpty)

        // Kills spread over a whole build, from its start to past its end.
        var killed = 0
        for step in 0..<16 {
            try restore(old, at: site)
            let process = Process()
            process.executableURL = QbookProcess.executable
            process.arguments = ["build", "--no-cache"]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * Double(step) / 14)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let now = snapshot(site)
            #expect(now == old || now == new, "killed after \(duration * Double(step) / 14) s: the site is neither the old nor the new one")
        }
        #expect(killed >= 3, "the builds finished before they could be killed")
        // The next build cleans up what a killed one left and writes the new site.
        #expect(try QbookProcess.run(["build"], in: folder).status == 0)
        #expect(snapshot(site) == new)
    }

    @Test func explainAndJobsOnTheCommandLine() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cold = try QbookProcess.run(["build", "--explain", "--jobs", "1"], in: folder)
        #expect(cold.status == 0, "\(cold.stderr)")
        #expect(cold.stdout.contains("tutorials/second.md\n  cell 1 (line 7): ran: not in the cache\n"), "\(cold.stdout)")
        let warm = try QbookProcess.run(["build", "--explain"], in: folder)
        #expect(warm.stdout.contains("tutorials/second.md\n  cell 1 (line 7): from the cache\n"), "\(warm.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".qbook/cache/entries").path))
        let none = try QbookProcess.run(["build", "--explain", "--no-cache"], in: folder)
        #expect(none.stdout.contains("  cell 1 (line 7): ran: the cache is off\n"), "\(none.stdout)")
        let bad = try QbookProcess.run(["build", "--jobs", "0"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--jobs must be at least 1"))
    }

    @Test func aMissingTutorialsFolderIsAnInputError() throws {
        let folder = try QbookProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try QbookProcess.run(["build"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read the tutorials folder 'tutorials'"))
    }
}

/// Math is typeset by KaTeX when the site is built; bad TeX is visible on the page and reported
/// with its line.
@Suite struct MathBuildTests {
    @Test func formulasAreTypesetAndBadTeXIsLocated() throws {
        let folder = try QbookProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tutorials = folder.appendingPathComponent("tutorials")
        try FileManager.default.createDirectory(at: tutorials, withIntermediateDirectories: true)
        try Data("""
            ---
            title: Math
            ---
            Inline $a^2 + b^2$ and display:

            $$\\frac{1}{2}$$

            A typo: $\\frac{1}{$ here.

            """.utf8).write(to: tutorials.appendingPathComponent("math.md"))
        let build = try QbookProcess.run(["build"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("tutorials/math.md:8:9: warning: TeX:"), "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("outputs/site/math.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"math inline\"><span class=\"katex\">"))
        #expect(page.contains("class=\"katex-display\""))
        #expect(page.contains("math-error") && page.contains("$\\frac{1}{$"))
        #expect(page.contains("href=\"assets/katex/katex.min.css\""))
        let fonts = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("outputs/site/assets/katex/fonts").path)
        #expect(fonts.contains("KaTeX_Main-Regular.woff2"))
        // The same sources give the same bytes.
        #expect(try QbookProcess.run(["build", "--check"], in: folder).status == 0)
    }
}

/// What a new author tripped over: the spelling of the tutorials folder, an empty folder, and a
/// failed build that did not say the site was left alone.
@Suite struct BuildStumbleTests {
    private func course(failing: Bool = false) throws -> URL {
        let folder = try QbookProcess.scratchFolder()
        let tutorials = folder.appendingPathComponent("tutorials")
        try FileManager.default.createDirectory(at: tutorials, withIntermediateDirectories: true)
        try Data("""
            ---
            title: Paths
            ---
            ```swift
            //| expect-error: true
            print(undefinedName)
            ```

            ```swift
            print(\(failing ? "[1][3]" : "1"))
            ```

            """.utf8).write(to: tutorials.appendingPathComponent("paths.md"))
        return folder
    }

    @Test func pagesDoNotDependOnHowTheFolderIsSpelled() throws {
        let folder = try course()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try QbookProcess.run(["build"], in: folder).status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("outputs/site/paths.html"), encoding: .utf8)
        #expect(page.contains("tutorials/paths.md:6:7: error: cannot find &#39;undefinedName&#39; in scope")
                || page.contains("tutorials/paths.md:6:7: error: cannot find 'undefinedName' in scope"), "\(page)")
        for spelling in ["./tutorials", "tutorials/", folder.appendingPathComponent("tutorials").path] {
            let check = try QbookProcess.run(["build", "--tutorials", spelling, "--check"], in: folder)
            #expect(check.status == 0, "\(spelling): \(check.stderr)")
        }
        #expect(!page.contains(folder.path))
    }

    @Test func anEmptyFolderAndAFailedBuildSaySo() throws {
        let folder = try QbookProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tutorials"), withIntermediateDirectories: true)
        let empty = try QbookProcess.run(["build"], in: folder)
        #expect(empty.status == 2 && empty.stderr.contains("no tutorials (*.md files) in 'tutorials'; the site was not written"))
        let failing = try course(failing: true)
        defer { try? FileManager.default.removeItem(at: failing) }
        let build = try QbookProcess.run(["build"], in: failing)
        #expect(build.status == 1)
        #expect(build.stderr.hasSuffix("qbook: the site was not written: fix the cells above (a cell meant to fail takes '//| expect-error: true'), then run qbook build again, or pass --keep-going to write it with the failures marked\n"))
        #expect(!FileManager.default.fileExists(atPath: failing.appendingPathComponent("outputs/site").path))
    }
}

/// Each page links the tutorials before and after it, and those it builds on, by title.
@Suite struct NavigationTests {
    @Test func pagesLinkTheirNeighboursAndPrerequisites() throws {
        let folder = try QbookProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tutorials = folder.appendingPathComponent("tutorials")
        try FileManager.default.createDirectory(at: tutorials, withIntermediateDirectories: true)
        for (name, order, prerequisites) in [("a", 1, "[]"), ("b", 2, "[1]"), ("c", 3, "[1, 2]")] {
            try Data("---\ntitle: Part \(name.uppercased())\norder: \(order)\nprerequisites: \(prerequisites)\n---\nText.\n".utf8)
                .write(to: tutorials.appendingPathComponent("\(name).md"))
        }
        #expect(try QbookProcess.run(["build"], in: folder).status == 0)
        func page(_ name: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent("outputs/site/\(name).html"), encoding: .utf8)
        }
        let b = try page("b"), a = try page("a"), c = try page("c")
        #expect(b.contains("<a class=\"previous\" href=\"a.html\" rel=\"prev\">← Part A</a>"))
        #expect(b.contains("<a class=\"next\" href=\"c.html\" rel=\"next\">Part C →</a>"))
        #expect(b.contains("Read first: <a href=\"a.html\">Part A</a>"))
        #expect(!a.contains("rel=\"prev\"") && !c.contains("rel=\"next\""))
        #expect(c.contains("Read first: <a href=\"a.html\">Part A</a>, <a href=\"b.html\">Part B</a>"))
    }
}

/// The built site in a real browser (headless Chromium): search finds a word from the index
/// page, math is typeset, and an answer sits behind "Show answer". Skipped, saying so, where
/// Chromium is not installed (.ci/run installs it).
@Suite struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func dom(_ url: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000", "--dump-dom", url]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium)"))
    func searchMathAndAnswersWorkInABrowser() throws {
        let folder = try QbookProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tutorials = folder.appendingPathComponent("tutorials")
        try FileManager.default.createDirectory(at: tutorials, withIntermediateDirectories: true)
        try Data("""
            ---
            title: Entanglement
            ---
            A Bell pair has $\\langle Z_0 Z_1 \\rangle = 1$ and the word quokka.

            ## Exercises

            ### Why?

            Why is it so?

            <details><summary>Show answer</summary>

            Because the amplitudes agree.

            </details>

            """.utf8).write(to: tutorials.appendingPathComponent("bell.md"))
        #expect(try QbookProcess.run(["build"], in: folder).status == 0)
        let site = folder.appendingPathComponent("outputs/site")
        let index = try Self.dom(site.appendingPathComponent("index.html").absoluteString + "?q=quokka")
        #expect(index.contains("<a href=\"bell.html\">Entanglement</a><p class=\"snippet\">"), "\(index)")
        let none = try Self.dom(site.appendingPathComponent("index.html").absoluteString + "?q=platypus")
        #expect(none.contains("No page mentions"))
        let page = try Self.dom(site.appendingPathComponent("bell.html").absoluteString)
        #expect(page.contains("class=\"katex\"") && page.contains("<math"))
        #expect(page.contains("<summary>Show answer</summary>") && page.contains("Because the amplitudes agree."))
    }
}

/// The committed course site loads nothing from the network: every script, stylesheet, font and
/// image it refers to is a file of the site.
@Suite struct OfflineSiteTests {
    @Test func theCommittedSiteRequestsNothingFromTheNetwork() throws {
        let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../outputs/site").standardizedFileURL
        var checked = 0
        for case let path as String in FileManager.default.enumerator(atPath: site.path) ?? .init()
        where path.hasSuffix(".html") || path.hasSuffix(".css") || path.hasSuffix(".js") {
            let text = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            checked += 1
            for pattern in [#/src="(?:https?:)?//[^"]*"/#, #/<link[^>]*href="(?:https?:)?//[^"]*"/#,
                            #/url\(\s*["']?(?:https?:)?//[^)]*\)/#, #/@import[^;]*(?:https?:)?///#] {
                #expect(text.firstMatch(of: pattern) == nil, "\(path) refers to the network: \(text.firstMatch(of: pattern).map { String($0.0) } ?? "")")
            }
            // Every local script, stylesheet and image a page refers to exists.
            for match in text.matches(of: #/(?:src|href)="([^"#?:]+\.(?:js|css|svg|png|woff2))"/#) {
                let target = site.appendingPathComponent(path).deletingLastPathComponent().appendingPathComponent(String(match.1))
                #expect(FileManager.default.fileExists(atPath: target.path), "\(path) refers to a missing \(match.1)")
            }
        }
        #expect(checked >= 6)
    }
}
