import Testing
@testable import QBook

/// `//| memory: 20GB`: how much a cell's library work may take.
@Suite struct MemoryOptionTests {
    @Test(arguments: [
        ("20GB", 20_000_000_000), ("512MB", 512_000_000), ("16GiB", 17_179_869_184), ("1.5KiB", 1536),
        ("4096", 4096), ("2TB", 2_000_000_000_000), ("100B", 100),
    ])
    func amountsAreReadInDecimalAndBinaryUnits(_ text: String, _ bytes: Int) {
        #expect(CellOptionParser.byteCount(text) == bytes)
    }

    @Test(arguments: ["", "GB", "-1GB", "0", "lots", "1e30TB", "nanGB", "20 GB ok"])
    func nonsenseIsRefused(_ text: String) {
        #expect(CellOptionParser.byteCount(text) == nil)
    }

    @Test func theOptionReachesTheCellAndABadValueIsLocated() throws {
        let tutorial = try TutorialReader().readMarkdown(SourceText(path: "t.md", text: "---\ntitle: T\n---\n```swift\n//| memory: 2GiB\nprint(1)\n```\n"))
        #expect(tutorial.cells.first?.options.memory == 1 << 31)
        do throws(SourceDiagnostics) {
            _ = try TutorialReader().readMarkdown(SourceText(path: "t.md", text: "---\ntitle: T\n---\n```swift\n//| memory: plenty\nprint(1)\n```\n"))
            Issue.record("a bad memory option was accepted")
        } catch {
            let d = error.diagnostics.first
            #expect(d?.message == "'memory' must be an amount such as 512MB, 20GB or 16GiB, not 'plenty'")
            #expect((d?.position.line, d?.position.column) == (5, 13))
        }
    }
}
