/// Formats diagnostics the way compilers do:
///
///     tutorials/born.md:40:9: error: cannot find 'thetaa' in scope
///        40 | let y = thetaa * 2
///           |         ^
///
/// The excerpt keeps the line's tabs so the caret lines up under the character it points at.
public struct DiagnosticFormatter: Sendable {
    public init() {}

    public func format(_ diagnostic: SourceDiagnostic, source: SourceText?) -> String {
        var out = "\(diagnostic.path):\(diagnostic.position.line):\(diagnostic.position.column): "
        out += "\(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        if let source { out += excerpt(at: diagnostic.position, in: source) }
        for note in diagnostic.notes {
            if let position = note.position {
                out += "\(diagnostic.path):\(position.line):\(position.column): note: \(note.message)\n"
                if let source { out += excerpt(at: position, in: source) }
            } else {
                out += "note: \(note.message)\n"
            }
        }
        return out
    }

    public func format(_ diagnostics: [SourceDiagnostic], source: SourceText?) -> String {
        diagnostics.map { format($0, source: source) }.joined()
    }

    /// The numbered source line and a caret under `position`; empty past the end of the file.
    public func excerpt(at position: SourcePosition, in source: SourceText) -> String {
        guard position.line >= 1, position.line <= source.lines.count else { return "" }
        let line = source.line(position.line)
        let number = String(position.line)
        let gutter = String(repeating: " ", count: number.count)
        var marker = ""
        for (offset, character) in line.enumerated() where offset < position.column - 1 {
            marker.append(character == "\t" ? "\t" : " ")
        }
        let padding = max(0, position.column - 1 - line.count)
        marker += String(repeating: " ", count: padding) + "^"
        return " \(number) | \(line)\n \(gutter) | \(marker)\n"
    }
}
