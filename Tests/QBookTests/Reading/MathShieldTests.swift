import Testing
@testable import QBook

@Suite struct MathShieldTests {
    private func shield(_ text: String) -> MathShield {
        MathShield(SourceText(path: "t.md", text: text))
    }

    @Test(arguments: [
        ("$a$", ["a"]),
        ("$$a$$", ["a"]),
        ("cost $5 and $10", []),
        ("\\$a$ is not math", []),
        ("$ a$ opens with a space", []),
        ("$a $ closes after a space", []),
        ("$a$5 closes before a digit", []),
        ("`$a$` is code", []),
        ("``$a$ ` $b$`` is code", []),
        ("$a$ then `$b$` then $c$", ["a", "c"]),
        ("$a `b` c$ would swallow a code span", []),
        ("$$\na\n\nb\n$$ crosses a blank line", []),
        ("$\\$$ holds an escaped dollar", ["\\$"]),
        ("$x$, $y$", ["x", "y"]),
        ("$$$$ is empty", []),
    ] as [(String, [String])])
    func findsMath(_ text: String, _ expected: [String]) {
        #expect(shield(text).spans.map(\.tex) == expected)
    }

    @Test func shieldedTextKeepsEveryLine() {
        let text = "a $$\nx\n  y\n$$ b\n\nc $d$ e\n"
        let shielded = shield(text)
        #expect(shielded.shieldedText.split(separator: "\n", omittingEmptySubsequences: false).count
                == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(shielded.spans.map(\.range.description) == ["1:3-4:2", "6:3-6:5"])
    }

    @Test func columnsAfterATokenMapBackToTheFile() {
        let shielded = shield("$alpha$ and $beta$ end\n")
        // Shielded line: "\u{E000}0\u{E001} and \u{E000}1\u{E001} end" (tokens of 3 characters).
        #expect(shielded.originalColumn(line: 1, shieldedColumn: 1) == 1)   // token 0 starts the math
        #expect(shielded.originalColumn(line: 1, shieldedColumn: 3) == 7)   // its last character ends it
        #expect(shielded.originalColumn(line: 1, shieldedColumn: 4) == 8)   // " and "
        #expect(shielded.originalColumn(line: 1, shieldedColumn: 9) == 13)  // token 1
        #expect(shielded.originalColumn(line: 1, shieldedColumn: 13) == 20) // "end"
    }

    @Test func reservedCharactersAreRefused() throws {
        let source = SourceText(path: "t.md", text: "ok\nbad \u{E001} here\n")
        #expect(MathShield.reservedCharacter(in: source) == SourcePosition(line: 2, column: 5))
        #expect(throws: SourceDiagnostics.self) { try TutorialReader().readMarkdown(source) }
    }
}
