/// A matrix as coloured cells: a sequential scale for non-negative data, a diverging one
/// (centred on zero) for signed data, with a colour bar and optional row/column labels.
public struct Heatmap: Sendable, Hashable {
    public var values: [[Double]]
    public var title = ""
    public var rowLabels: [String] = []
    public var columnLabels: [String] = []

    public init(_ values: [[Double]], title: String = "", rowLabels: [String] = [], columnLabels: [String] = []) {
        self.values = values
        self.title = title
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
    }

    public func checkedFigure() throws(ChartError) -> Figure {
        guard let width = values.first?.count, width > 0 else { throw .empty("a heatmap needs at least one row and one column") }
        if let bad = values.firstIndex(where: { $0.count != width }) {
            throw .lengthMismatch("heatmap row \(bad) has \(values[bad].count) values but row 0 has \(width)")
        }
        if values.count > 512 || width > 512 { throw .invalid("a heatmap draws at most 512 × 512 cells, got \(values.count) × \(width)") }
        if !rowLabels.isEmpty && rowLabels.count != values.count { throw .lengthMismatch("\(rowLabels.count) row labels for \(values.count) rows") }
        if !columnLabels.isEmpty && columnLabels.count != width { throw .lengthMismatch("\(columnLabels.count) column labels for \(width) columns") }
        return draw()
    }

    public var figure: Figure {
        do { return try checkedFigure() } catch { preconditionFailure("\(error)") }
    }

    /// The range the colours span and whether the scale is diverging.
    func scale() -> (lo: Double, hi: Double, diverging: Bool) {
        let finite = values.joined().filter(\.isFinite)
        let lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if lo < 0 {
            let m = max(abs(lo), abs(hi), 1e-300)
            return (-m, m, true)
        }
        return (min(0, lo), hi == lo ? lo + 1 : hi, false)
    }

    func color(_ v: Double, _ s: (lo: Double, hi: Double, diverging: Bool)) -> String {
        guard v.isFinite else { return "#bbbbbb" }
        return s.diverging ? Palette.diverging(v / s.hi) : Palette.sequential((v - s.lo) / (s.hi - s.lo))
    }

    private func draw() -> Figure {
        let rows = values.count, cols = values[0].count
        let s = scale()
        let labelRoom = rowLabels.isEmpty ? 40.0 : min(160, 12 + Double(rowLabels.map(\.count).max() ?? 0) * 7)
        let top = 46.0, barWidth = 14.0
        let right = FigureFrame.width - 86
        let bottom = columnLabels.isEmpty ? 370.0 : 330.0
        let cell = min((right - labelRoom) / Double(cols), (bottom - top) / Double(rows))
        // The grid is centred in the room left of the colour bar.
        let left = labelRoom + ((right - labelRoom) - cell * Double(cols)) / 2
        var body: [SVGNode] = PlotArea().title(title)
        var cells: [SVGNode] = []
        for r in 0..<rows {
            for c in 0..<cols {
                cells.append(.tag("rect", [.init("x", left + Double(c) * cell), .init("y", top + Double(r) * cell),
                                           .init("width", cell), .init("height", cell), .init("fill", color(values[r][c], s))]))
            }
        }
        body.append(.tag("g", [.init("class", "qb-chart-cells")], cells))
        for (r, l) in rowLabels.enumerated() where cell >= 9 {
            body.append(PlotArea.text(l, x: left - 6, y: top + (Double(r) + 0.5) * cell + 4, anchor: "end", size: min(12, cell - 1), color: Palette.axis))
        }
        for (c, l) in columnLabels.enumerated() where cell >= 9 {
            let x = left + (Double(c) + 0.5) * cell, y = top + Double(rows) * cell + 10
            body.append(PlotArea.text(l, x: x + 3, y: y, anchor: "end", size: min(11, cell - 1), color: Palette.axis, rotate: -45))
        }
        // The colour bar: ten steps from lo to hi, with end and middle labels.
        let barX = FigureFrame.width - 70, barTop = top, barHeight = min(bottom - top, Double(rows) * cell)
        for k in 0..<10 {
            let t = s.lo + (s.hi - s.lo) * (Double(9 - k) + 0.5) / 10
            body.append(.tag("rect", [.init("x", barX), .init("y", barTop + Double(k) * barHeight / 10), .init("width", barWidth),
                                      .init("height", barHeight / 10), .init("fill", color(t, s))]))
        }
        for (t, y) in [(s.hi, barTop + 4), ((s.lo + s.hi) / 2, barTop + barHeight / 2 + 4), (s.lo, barTop + barHeight)] {
            body.append(PlotArea.text(Ticks.short(t), x: barX + barWidth + 4, y: y, color: Palette.axis))
        }
        let alt = "Heatmap\(title.isEmpty ? "" : " '\(title)'") of \(rows) × \(cols) values from \(Ticks.short(values.joined().filter(\.isFinite).min() ?? 0)) to \(Ticks.short(values.joined().filter(\.isFinite).max() ?? 0))\(s.diverging ? ", colours centred on zero" : "")."
        return FigureFrame.figure(title: title, alt: alt, body: body, text: HeatmapText.render(self, s))
    }
}

enum HeatmapText {
    static let shades: [Character] = [" ", "░", "▒", "▓", "█"]

    static func render(_ h: Heatmap, _ s: (lo: Double, hi: Double, diverging: Bool)) -> String {
        var lines = [TextChart.heading(h.title, "heatmap") + "  (\(Ticks.short(s.lo)) \(shades.map(String.init).joined()) \(Ticks.short(s.hi)))"]
        let width = h.rowLabels.map(\.count).max() ?? 0
        for (r, row) in h.values.prefix(40).enumerated() {
            let cells = row.prefix(76 - width).map { v -> Character in
                guard v.isFinite else { return "?" }
                let t = (v - s.lo) / (s.hi - s.lo)
                return shades[clampedInt((t * 4).rounded(), 0, 4)]
            }
            let label = r < h.rowLabels.count ? TextChart.pad(h.rowLabels[r], width) + " " : ""
            lines.append(label + "│" + String(cells) + "│")
        }
        if h.values.count > 40 { lines.append("(\(h.values.count - 40) more rows)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
