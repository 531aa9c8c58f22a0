import Foundation
import Testing

/// `qbook run`, end to end: the built executable on fixture files.
@Suite struct RunCommandTests {
    @Test func printsEachCellForAPerson() throws {
        let result = try QbookProcess.run(["run", "basic.md"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            ── cell 1 · greet · basic.md:7
            hello
            <b>not bold</b> & friends
            ── cell 2 · basic.md:17 · skipped
            ── cell 3 · basic.md:22
            last

            """)
        #expect(result.stderr == "")
    }

    @Test func plainPrintsOnlyWhatCellsPrinted() throws {
        let result = try QbookProcess.run(["run", "basic.md", "--plain"])
        #expect(result.status == 0)
        #expect(result.stdout == "hello\n<b>not bold</b> & friends\nlast\n")
        let viaFormat = try QbookProcess.run(["run", "basic.md", "--format", "plain"])
        #expect(viaFormat.stdout == result.stdout)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try QbookProcess.run(["run", "error-at-40.md", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["file"] as? String == "error-at-40.md")
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 3)
        #expect(cells.map { $0["index"] as? Int } == [0, 1, 2])
        #expect(cells.map { $0["line"] as? Int } == [5, 40, 46])
        #expect(cells.map { $0["status"] as? String } == ["ok", "error", "ok"])
        #expect(cells[0]["label"] is NSNull)
        // The undefined name is found before any statement of the cell runs.
        let outputs = try #require(cells[1]["outputs"] as? [[String: Any]])
        #expect(outputs.count == 1)
        #expect(outputs[0]["kind"] as? String == "error")
        #expect(outputs[0]["id"] as? String == "undefined-name")
        #expect(outputs[0]["line"] as? Int == 42)
        #expect(outputs[0]["column"] as? Int == 9)
        #expect((outputs[0]["message"] as? String)?.contains("undefinedName") == true)
        let first = try #require(cells[0]["outputs"] as? [[String: Any]])
        #expect(first.first?["text"] as? String == "before\n")
    }

    @Test func aTrapAtRunTimeKeepsWhatWasPrintedAndTheSession() throws {
        let result = try QbookProcess.run(["run", "runtime-error.md"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            ── cell 1 · runtime-error.md:6
            first: 3
            ── cell 2 · runtime-error.md:13
            counts still [3, 1, 2]

            """)
        #expect(result.stderr.hasPrefix("runtime-error.md:9:29: error: Index out of range"))
        #expect(result.stderr.contains(" 9 | let ψ = \"ψ\"; print(ψ, counts[7])\n   |                             ^\n"))
    }

    @Test func errorInACellAtLine40IsLocatedInTheMarkdownFile() throws {
        let result = try QbookProcess.run(["run", "error-at-40.md"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error-at-40.md:42:9: error: cannot find 'undefinedName' in scope\n"))
        #expect(result.stderr.contains("""
             42 | let y = undefinedName + 1
                |         ^
            """))
        // The session goes on after the failing cell, which did not run at all.
        #expect(result.stdout.contains("after the error\n"))
        #expect(!result.stdout.contains("still fine"))
        #expect(!result.stdout.contains("never printed"))
    }

    @Test func aTrapInAFunctionFromAnEarlierCellPointsIntoThatCell() throws {
        let result = try QbookProcess.run(["run", "earlier-cell-trap.md", "--plain"])
        #expect(result.status == 1)
        #expect(result.stdout == "3\n")
        #expect(result.stderr.hasPrefix("earlier-cell-trap.md:7:18: error: division by zero"), "\(result.stderr)")
        #expect(result.stderr.contains(" 7 |     return total / values.count\n"))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let result = try QbookProcess.run(["run", "non-ascii.md", "--format", "json"])
        #expect(result.status == 1)
        // `let greeting = "Grüße, ψ 🇩🇪"; let z = ` is 37 characters and 47 UTF-8 bytes.
        #expect(result.stdout.contains("\"line\": 5"))
        #expect(result.stdout.contains("\"column\": 38"))
    }

    @Test func failFastSkipsTheRest() throws {
        let result = try QbookProcess.run(["run", "error-at-40.md", "--fail-fast", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.map { $0["status"] as? String } == ["ok", "error", "skipped"])
    }

    @Test func expectedErrorsDoNotFailTheRun() throws {
        let result = try QbookProcess.run(["run", "expect-error.md"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("expect-error.md:6:9: error:"))
        #expect(result.stdout.contains("goes on"))
    }

    @Test func aMissingExpectedErrorFailsTheRun() throws {
        let result = try QbookProcess.run(["run", "expect-error-missing.md"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("expect-error-missing.md:5:5: error: this cell is marked 'expect-error: true' but ran without an error"))
    }

    @Test func runsASwiftFileAsOneCell() throws {
        let result = try QbookProcess.run(["run", "program.swift", "--plain"])
        #expect(result.status == 0)
        #expect(result.stdout == "from a swift file\nsecond line\n")
    }

    @Test func htmlPageHasEscapedOutputsAndMath() throws {
        let folder = try QbookProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("basic.html")
        let result = try QbookProcess.run(["run", "basic.md", "--plain", "--html", page.path])
        #expect(result.status == 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<pre class=\"output text\">hello\n&lt;b&gt;not bold&lt;/b&gt; &amp; friends\n</pre>"))
        #expect(!html.contains("<b>not bold</b>"))
        #expect(html.contains("<span class=\"math inline\">\\(a*b\\)</span>"))
        #expect(html.contains("<code class=\"language-python\">print(&quot;never run&quot;)"))
        #expect(!html.contains("never run\n</pre>"))
    }
}

/// Bad usage and bad input: a located message and status 2, never a crash.
@Suite struct RunCommandErrorTests {
    @Test func missingFile() throws {
        let result = try QbookProcess.run(["run", "no-such-file.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "qbook: error: no such file: no-such-file.md\n")
        #expect(result.stdout == "")
    }

    @Test func unreadableFile() throws {
        let result = try QbookProcess.run(["run", "."])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("qbook: error: cannot read file: .\n"))
    }

    @Test func badOption() throws {
        let unknown = try QbookProcess.run(["run", "basic.md", "--frobnicate"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--frobnicate"))
        let badValue = try QbookProcess.run(["run", "basic.md", "--format", "xml"])
        #expect(badValue.status == 2)
        let noFile = try QbookProcess.run(["run"])
        #expect(noFile.status == 2)
        let badTimeout = try QbookProcess.run(["run", "basic.md", "--timeout", "-3"])
        #expect(badTimeout.status == 2)
    }

    @Test func malformedFrontMatter() throws {
        let result = try QbookProcess.run(["run", "bad-front-matter.md"])
        #expect(result.status == 2)
        // The unclosed bracket on line 2 is the mistake; the parser only notices on line 3.
        #expect(result.stderr.hasPrefix("bad-front-matter.md:2:8: error: front matter is not valid YAML"))
        #expect(result.stderr.contains("bad-front-matter.md:3:1: note: the YAML parser stopped here"))
        #expect(result.stdout == "")
        // --format json says why instead of printing nothing.
        let json = try QbookProcess.run(["run", "bad-front-matter.md", "--format", "json"])
        #expect(json.status == 2 && json.stdout.contains("\"id\": \"front-matter-yaml\"") && json.stdout.contains("\"line\": 2"))
    }
}
