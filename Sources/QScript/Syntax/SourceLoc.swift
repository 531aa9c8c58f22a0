/// A position in a cell: 1-based line and 1-based column counted in characters.
struct SourceLoc: Hashable, Sendable, Comparable {
    var line: Int
    var column: Int

    static let unknown = SourceLoc(line: 1, column: 1)

    static func < (a: SourceLoc, b: SourceLoc) -> Bool {
        (a.line, a.column) < (b.line, b.column)
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

    init(_ source: String) {
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

    func location(ofUTF8Offset offset: Int) -> SourceLoc {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        if asciiLines[lo] { return SourceLoc(line: lo + 1, column: offset - start + 1) }
        let prefix = bytes[start..<offset]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return SourceLoc(line: lo + 1, column: column)
    }
}
