extension Circuit {
    /// A text diagram for the terminal: one line per qubit wire, a line between wires for the
    /// vertical connections; ● controls, ⊕ CNOT targets, × swap ends, boxed labels as [RX(0.3)]:
    ///
    ///     q0: ─[H]──●───────────────×─────
    ///               │               │
    ///     q1: ──────┼──[RY(theta)]──×──●──
    ///               │                  │
    ///     q2: ──────⊕───[RZ(π/2)]──────●──
    public func diagram() -> String {
        let layout = DiagramLayout(self)
        let names = (0..<qubits).map { "q\($0): " }
        let nameWidth = names.map(\.count).max() ?? 0
        var wireRows = names.map { $0.padding(nameWidth) }
        var gapRows = [String](repeating: String(repeating: " ", count: nameWidth), count: max(0, qubits - 1))
        for column in layout.columns {
            let texts = column.cells.map(Self.cellText)
            let width = texts.map(\.count).max()! + 2
            for q in 0..<qubits {
                wireRows[q] += Self.center(texts[q], width, fill: "─")
                if q < qubits - 1 {
                    let connected = column.spans.contains { $0.0 <= q && q < $0.1 }
                    gapRows[q] += Self.center(connected ? "│" : " ", width, fill: " ")
                }
            }
        }
        var lines: [String] = []
        for q in 0..<qubits {
            lines.append(wireRows[q] + "─")
            if q < qubits - 1 { lines.append(trimRight(gapRows[q])) }
        }
        return lines.joined(separator: "\n")
    }

    static func cellText(_ cell: DiagramLayout.Cell) -> String {
        switch cell {
        case .wire: return "─"
        case let .box(label): return "[" + label + "]"
        case .control: return "●"
        case .target: return "⊕"
        case .swap: return "×"
        case .cross: return "┼"
        }
    }

    /// `text` centred in `width` characters, padded with `fill` (left gets the smaller half).
    static func center(_ text: String, _ width: Int, fill: Character) -> String {
        let pad = width - text.count
        let left = pad / 2
        return String(repeating: fill, count: left) + text + String(repeating: fill, count: pad - left)
    }
}

private func trimRight(_ s: String) -> String {
    var t = s
    while t.last == " " { t.removeLast() }
    return t
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
