import Testing
@testable import QBook

@Suite struct SourceTextTests {
    @Test func dropsByteOrderMarkAndNormalisesLineEndings() {
        let source = SourceText(path: "x.md", text: "\u{FEFF}a\r\nb\rc\n")
        #expect(source.text == "a\nb\nc\n")
        #expect(source.lines == ["a", "b", "c"])
    }

    @Test func convertsByteColumnsToCharacterColumns() {
        let source = SourceText(path: "x.md", text: "é=ψ x\n")
        // "é" is 2 bytes, "ψ" 2 bytes: byte column 7 is "x", the 5th character.
        #expect(source.characterColumn(line: 1, byteColumn: 7) == 5)
        #expect(source.characterColumn(line: 1, byteColumn: 1) == 1)
        #expect(source.characterColumn(line: 1, byteColumn: 3) == 2)
    }
}
