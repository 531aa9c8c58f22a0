extension Circuit {
    /// A self-contained, deterministic SVG diagram: wires, boxed gates with their parameters,
    /// ● controls, ⊕ targets, × swap ends. Integer coordinates, escaped text, no external refs.
    public func svg() -> String {
        let layout = DiagramLayout(self)
        let row = 40, top = 24, left = 48, charWidth = 7, minBox = 28
        let widths = layout.columns.map { col -> Int in
            let longest = col.cells.map { cell -> Int in
                if case let .box(label) = cell { return label.count * charWidth + 12 }
                return minBox
            }.max() ?? minBox
            return max(minBox, longest) + 12
        }
        let width = left + widths.reduce(0, +) + 24
        let height = top * 2 + row * (qubits - 1)
        var out: [String] = []
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"monospace\" font-size=\"12\">")
        out.append("<rect width=\"\(width)\" height=\"\(height)\" fill=\"white\"/>")
        for q in 0..<qubits {
            let y = top + q * row
            out.append("<text x=\"6\" y=\"\(y + 4)\" fill=\"#333\">\(escapeXML("q\(q)"))</text>")
            out.append("<line x1=\"\(left - 8)\" y1=\"\(y)\" x2=\"\(width - 12)\" y2=\"\(y)\" stroke=\"#555\" stroke-width=\"1\"/>")
        }
        var x0 = left
        for (c, column) in layout.columns.enumerated() {
            let cx = x0 + widths[c] / 2
            for (a, b) in column.spans {
                out.append("<line x1=\"\(cx)\" y1=\"\(top + a * row)\" x2=\"\(cx)\" y2=\"\(top + b * row)\" stroke=\"#222\" stroke-width=\"1.5\"/>")
            }
            for (q, cell) in column.cells.enumerated() {
                let y = top + q * row
                switch cell {
                case .wire, .cross: break
                case .control:
                    out.append("<circle cx=\"\(cx)\" cy=\"\(y)\" r=\"5\" fill=\"#222\"/>")
                case .target:
                    out.append("<circle cx=\"\(cx)\" cy=\"\(y)\" r=\"11\" fill=\"white\" stroke=\"#222\" stroke-width=\"1.5\"/>")
                    out.append("<line x1=\"\(cx - 11)\" y1=\"\(y)\" x2=\"\(cx + 11)\" y2=\"\(y)\" stroke=\"#222\" stroke-width=\"1.5\"/>")
                    out.append("<line x1=\"\(cx)\" y1=\"\(y - 11)\" x2=\"\(cx)\" y2=\"\(y + 11)\" stroke=\"#222\" stroke-width=\"1.5\"/>")
                case .swap:
                    out.append("<path d=\"M\(cx - 6) \(y - 6)L\(cx + 6) \(y + 6)M\(cx - 6) \(y + 6)L\(cx + 6) \(y - 6)\" stroke=\"#222\" stroke-width=\"2\"/>")
                case let .box(label):
                    let w = max(minBox, label.count * charWidth + 12)
                    out.append("<rect x=\"\(cx - w / 2)\" y=\"\(y - 14)\" width=\"\(w)\" height=\"28\" rx=\"3\" fill=\"#eef3fb\" stroke=\"#335\" stroke-width=\"1\"/>")
                    out.append("<text x=\"\(cx)\" y=\"\(y + 4)\" text-anchor=\"middle\" fill=\"#112\">\(escapeXML(label))</text>")
                }
            }
            x0 += widths[c]
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }
}

/// Escapes the five XML special characters.
func escapeXML(_ s: String) -> String {
    // By Unicode scalar, not Character: "<" followed by a combining mark is one Character
    // that is not equal to "<", and must still be escaped.
    var out = ""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
