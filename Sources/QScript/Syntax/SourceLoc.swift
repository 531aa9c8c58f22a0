import SwiftSyntax

/// A position in a cell: 1-based line and 1-based column counted in characters, and the cell
/// (the 0-based number of the `Session.run` call whose text holds it). Code compiled by one
/// cell may run in a later one (a function called from a later cell); its traps must point
/// into the text it came from.
///
/// Two words, like the line and column alone: closures keep positions for their traps, and
/// every captured word is loaded on each call of a closure.
struct SourceLoc: Hashable, Sendable, Comparable {
    /// Line in the high 32 bits, column in the low 32 (each saturating at `UInt32.max`).
    private let position: UInt64
    /// `SourceLoc.unknownCell` when not known (then taken to be the running cell).
    let cell: Int

    static let unknownCell = -1
    static let unknown = SourceLoc(line: 1, column: 1, cell: unknownCell)

    init(line: Int, column: Int, cell: Int) {
        let l = UInt64(min(max(line, 0), Int(UInt32.max)))
        let c = UInt64(min(max(column, 0), Int(UInt32.max)))
        position = l << 32 | c
        self.cell = cell
    }

    var line: Int { Int(position >> 32) }
    var column: Int { Int(position & 0xFFFF_FFFF) }

    static func < (a: SourceLoc, b: SourceLoc) -> Bool {
        (a.cell, a.position) < (b.cell, b.position)
    }
}

/// Converts swift-syntax positions (UTF-8 byte offsets) into line and character columns.
///
/// swift-syntax counts columns in UTF-8 bytes; users count characters, so every position that
/// leaves the parser goes through here.
struct LineMap {
    private let bytes: [UInt8]
    /// Byte offset at which each line starts.
    private let lineStarts: [Int]

    /// Lines made only of ASCII, whose columns are plain byte offsets (the common case).
    private let asciiLines: [Bool]
    /// The cell every position of this text belongs to.
    let cell: Int

    init(_ source: String, cell: Int) {
        self.cell = cell
        bytes = Array(source.utf8)
        var starts = [0]
        var ascii: [Bool] = []
        var lineIsASCII = true
        for (i, b) in bytes.enumerated() {
            if b >= 0x80 { lineIsASCII = false }
            if b == UInt8(ascii: "\n") {
                starts.append(i + 1)
                ascii.append(lineIsASCII)
                lineIsASCII = true
            }
        }
        ascii.append(lineIsASCII)
        lineStarts = starts
        asciiLines = ascii
    }

    /// Where `node`'s first token starts (after its leading trivia).
    func location(of node: some SyntaxProtocol) -> SourceLoc {
        location(ofUTF8Offset: node.positionAfterSkippingLeadingTrivia.utf8Offset)
    }

    func location(ofUTF8Offset offset: Int) -> SourceLoc {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        if asciiLines[lo] { return SourceLoc(line: lo + 1, column: offset - start + 1, cell: cell) }
        let prefix = bytes[start..<offset]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return SourceLoc(line: lo + 1, column: column, cell: cell)
    }
}
