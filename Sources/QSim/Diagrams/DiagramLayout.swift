/// How a circuit is drawn: operations packed into columns so that no two operations in a
/// column overlap on the span of qubits their vertical line covers. The text diagram
/// (`diagram()`) draws it here; Charts' `CircuitDrawing` draws it as SVG (QSim draws no SVG).
public struct DiagramLayout: Sendable {
    /// What a column shows on one qubit's wire.
    public enum Cell: Equatable, Sendable {
        case wire
        case box(String)      // a boxed gate with its label
        case control          // ● (control on |1⟩)
        case target           // ⊕ (X with controls)
        case swap             // × (one end of a swap)
        case cross            // the wire crossed by a vertical line
    }

    public struct Column: Sendable {
        /// One cell per qubit wire.
        public var cells: [Cell]
        /// Vertical connections: (top qubit, bottom qubit) spans.
        public var spans: [(Int, Int)]
    }

    public let qubits: Int
    public private(set) var columns: [Column] = []

    /// The layout of `circuit` (gate labels name its parameters).
    public init(_ circuit: Circuit) {
        qubits = circuit.qubits
        var nextFree = [Int](repeating: 0, count: qubits)
        for op in circuit.operations {
            let qs = op.qubits
            let lo = qs.min()!, hi = qs.max()!
            let col = (lo...hi).map { nextFree[$0] }.max()!
            while columns.count <= col {
                columns.append(Column(cells: [Cell](repeating: .wire, count: qubits), spans: []))
            }
            for q in lo...hi { nextFree[q] = col + 1 }
            place(op, in: &columns[col], circuit: circuit, lo: lo, hi: hi)
        }
    }

    private func place(_ op: Operation, in column: inout Column, circuit: Circuit, lo: Int, hi: Int) {
        if hi > lo {
            column.spans.append((lo, hi))
            for q in lo...hi where !op.qubits.contains(q) { column.cells[q] = .cross }
        }
        for c in op.controls { column.cells[c] = .control }
        switch op.gate.kind {
        case .x where !op.controls.isEmpty:
            column.cells[op.targets[0]] = .target
        case .swap:
            for t in op.targets { column.cells[t] = .swap }
        case .z where !op.controls.isEmpty && op.controls.count == 1:
            column.cells[op.targets[0]] = .control   // CZ is symmetric: drawn as two dots
        default:
            let label = Self.label(op.gate, circuit: circuit)
            for t in op.targets { column.cells[t] = .box(label) }
        }
    }

    /// "H", "RX(0.3)", "RY(θ0)", "U3(π/2,0,π)", "ZZ(2·θ1+0.5)", "U" for a matrix.
    public static func label(_ gate: Gate, circuit: Circuit) -> String {
        let base: String
        switch gate.kind {
        case .identity: base = "I"
        case .sdg: base = "S†"
        case .tdg: base = "T†"
        case .sx: base = "√X"
        case .sxdg: base = "√X†"
        case .phase: base = "P"
        case .unitary: base = "U"
        default: base = gate.name.uppercased()
        }
        if gate.angles.isEmpty { return base }
        return base + "(" + gate.angles.map { angleText($0, circuit) }.joined(separator: ",") + ")"
    }

    static func angleText(_ a: Angle, _ circuit: Circuit) -> String {
        switch a {
        case let .constant(v): return NumberFormat.angle(v)
        case let .parameter(p):
            let name = p.index < circuit.parameterNames.count ? circuit.parameterNames[p.index] : "θ\(p.index)"
            var text = p.scale == 1 ? name : (p.scale == -1 ? "-" + name : NumberFormat.short(p.scale, digits: 4) + "·" + name)
            if p.offset != 0 { text += (p.offset > 0 ? "+" : "-") + NumberFormat.angle(abs(p.offset)) }
            return text
        }
    }
}

extension Circuit {
    /// The diagram's layout: for drawing the circuit elsewhere (as SVG with Charts).
    public var diagramLayout: DiagramLayout { DiagramLayout(self) }
}
