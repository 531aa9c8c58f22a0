import Testing
@testable import QBook

/// `qbook test` fails on a code line (a cell's, or a block's in another language) wider than the
/// page's code column, located where it overflows; option lines and prose do not count.
@Suite struct CodeWidthCheckTests {
    @Test func aLineOverTheLimitIsLocatedAtItsFirstHiddenColumn() throws {
        let long = "print(\"" + String(repeating: "é", count: 100) + "\")"  // 109 characters, more bytes
        let fits = "let x = " + String(repeating: "1", count: 92)          // exactly 100
        let option = "//| label: " + String(repeating: "w", count: 120)
        let text = "---\ntitle: t\n---\n" + String(repeating: "prose ", count: 40) + "\n\n"
            + "```swift\n\(option)\n\(fits)\n\(long)\n```\n\n- item\n\n  ```swift\n  \(long)\n  ```\n"
            + "\n```text\nPASS  recorded output\n\(long)\n```\n"
        let tutorial = try TutorialReader().readMarkdown(SourceText(path: "tutorials/t.md", text: text))
        #expect(CodeWidthCheck().problems(in: tutorial) == [
            "tutorials/t.md:9:101: error: a code line of 109 columns; pages show 100 without scrolling, so break it\n",
            "tutorials/t.md:15:103: error: a code line of 109 columns; pages show 100 without scrolling, so break it\n",
            "tutorials/t.md:20:101: error: a code line of 109 columns; pages show 100 without scrolling, so break it\n",
        ])
    }

    @Test func aShortCellPasses() throws {
        let tutorial = try TutorialReader().readMarkdown(SourceText(path: "t.md", text: "```swift\nprint(1)\n```\n"))
        #expect(CodeWidthCheck().problems(in: tutorial).isEmpty)
    }
}
