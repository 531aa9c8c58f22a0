/// A circuit diagram drawn from a layout computed elsewhere (QSim packs operations into
/// columns): wire labels, and per column what each wire shows and which wires a vertical line
/// joins. Boxes carry gate labels ("H", "RX(0.3)"), dots are controls, ⊕ CNOT targets, ×
/// swap ends.
public struct CircuitDrawing: Sendable, Hashable {
    public enum Cell: Sendable, Hashable {
        case wire, box(String), control, target, swap, cross, measure
    }

    public struct Column: Sendable, Hashable {
        public var cells: [Cell]
        /// Vertical connections, each from a top wire to a bottom wire.
        public var spans: [ClosedRange<Int>]

        public init(cells: [Cell], spans: [ClosedRange<Int>] = []) {
            self.cells = cells
            self.spans = spans
        }
    }

    public var wires: [String]
    public var columns: [Column]
    public var title = ""

    public init(wires: [String], columns: [Column], title: String = "") {
        self.wires = wires
        self.columns = columns
        self.title = title
    }

    /// The figure; `text` is the terminal rendering to pair with it (QSim's text diagram).
    public func figure(text: String) -> Figure {
        let row = 40.0, top = title.isEmpty ? 24.0 : 48, left = 48.0, charWidth = 7.0, minBox = 28.0
        let widths = columns.map { col -> Double in
            let longest = col.cells.map { cell -> Double in
                if case let .box(label) = cell { return Double(label.count) * charWidth + 12 }
                return minBox
            }.max() ?? minBox
            return max(minBox, longest) + 12
        }
        let width = max(120, left + widths.reduce(0, +) + 24)
        let height = top * 2 + row * Double(max(0, wires.count - 1)) - (title.isEmpty ? 0 : 24)
        var body: [SVGNode] = title.isEmpty ? [] : [PlotArea.text(title, x: width / 2, y: 22, anchor: "middle", size: 14, weight: "600")]
        for (q, name) in wires.enumerated() {
            let y = top + Double(q) * row
            body.append(PlotArea.text(name, x: 6, y: y + 4, color: Palette.text))
            body.append(PlotArea.line(left - 8, y, width - 12, y, color: Palette.axis))
        }
        let ink = Palette.text
        var x0 = left
        for (c, column) in columns.enumerated() {
            let cx = x0 + widths[c] / 2
            for span in column.spans {
                body.append(PlotArea.line(cx, top + Double(span.lowerBound) * row, cx, top + Double(span.upperBound) * row, color: ink, width: 1.5))
            }
            for (q, cell) in column.cells.enumerated() {
                let y = top + Double(q) * row
                switch cell {
                case .wire, .cross: break
                case .control:
                    body.append(.tag("circle", [.init("cx", cx), .init("cy", y), .init("r", 5), .init("style", "fill: \(ink)")]))
                case .target:
                    body.append(.tag("circle", [.init("cx", cx), .init("cy", y), .init("r", 11), .init("style", "fill: \(Palette.background); stroke: \(ink); stroke-width: 1.5")]))
                    body.append(PlotArea.line(cx - 11, y, cx + 11, y, color: ink, width: 1.5))
                    body.append(PlotArea.line(cx, y - 11, cx, y + 11, color: ink, width: 1.5))
                case .swap:
                    body.append(.tag("path", [.init("d", "M\(SVGNumber.format(cx - 6)) \(SVGNumber.format(y - 6))L\(SVGNumber.format(cx + 6)) \(SVGNumber.format(y + 6))M\(SVGNumber.format(cx - 6)) \(SVGNumber.format(y + 6))L\(SVGNumber.format(cx + 6)) \(SVGNumber.format(y - 6))"),
                                              .init("style", "stroke: \(ink); stroke-width: 2")]))
                case .measure:
                    body.append(.tag("rect", [.init("x", cx - 14), .init("y", y - 14), .init("width", 28), .init("height", 28), .init("rx", 3),
                                              .init("style", "fill: \(Palette.boxFill); stroke: \(ink)")]))
                    body.append(.tag("path", [.init("d", "M\(SVGNumber.format(cx - 9)) \(SVGNumber.format(y + 6))A9 9 0 0 1 \(SVGNumber.format(cx + 9)) \(SVGNumber.format(y + 6))M\(SVGNumber.format(cx)) \(SVGNumber.format(y + 6))L\(SVGNumber.format(cx + 7)) \(SVGNumber.format(y - 7))"),
                                              .init("style", "fill: none; stroke: \(ink); stroke-width: 1.5")]))
                case let .box(label):
                    let w = max(minBox, Double(label.count) * charWidth + 12)
                    body.append(.tag("rect", [.init("x", cx - w / 2), .init("y", y - 14), .init("width", w), .init("height", 28), .init("rx", 3),
                                              .init("style", "fill: \(Palette.boxFill); stroke: \(ink)")]))
                    body.append(PlotArea.text(label, x: cx, y: y + 4, anchor: "middle", color: ink))
                }
            }
            x0 += widths[c]
        }
        let gates = columns.reduce(0) { n, col in n + col.cells.filter { if case .box = $0 { true } else { $0 == .target || $0 == .swap || $0 == .measure } }.count }
        let alt = "Circuit diagram on \(wires.count) qubit\(wires.count == 1 ? "" : "s") with \(columns.count) column\(columns.count == 1 ? "" : "s") of gates (\(gates) gate symbols)."
        return FigureFrame.figure(title: title, alt: alt, body: body, text: text, width: width, height: max(60, height))
    }
}
