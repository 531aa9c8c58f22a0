/// Points of one or several series (x against y), with a legend when there are several.
public struct ScatterChart: Sendable, Hashable {
    public var series: [Series]
    public var title = ""
    public var xLabel = ""
    public var yLabel = ""

    public init(_ series: [Series], title: String = "", xLabel: String = "", yLabel: String = "") {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    public func checkedFigure() throws(ChartError) -> Figure {
        if series.isEmpty { throw .empty("a scatter plot needs at least one series") }
        for s in series { try s.validate() }
        return draw()
    }

    public var figure: Figure {
        do { return try checkedFigure() } catch { preconditionFailure("\(error)") }
    }

    private func draw() -> Figure {
        var area = PlotArea()
        area = PlotArea(legendRows: area.legendRows(series.map(\.name)))
        let xAxis = Axis(covering: series.flatMap(\.xs), scale: .linear)
        let yAxis = Axis(covering: series.flatMap(\.y), scale: .linear)
        var body = area.title(title) + area.yAxis(yAxis, label: yLabel) + area.xAxis(xAxis, label: xLabel)
        for (i, s) in series.enumerated() {
            var dots: [SVGNode] = []
            for (x, y) in zip(s.xs, s.y) {
                guard let fx = xAxis.fraction(x), let fy = yAxis.fraction(y) else { continue }
                dots.append(.tag("circle", [.init("cx", area.px(fx)), .init("cy", area.py(fy)), .init("r", 3.5)]))
            }
            body.append(.tag("g", [.init("class", "qb-chart-series"), .init("style", "fill: \(Palette.series(i)); fill-opacity: 0.8")], dots))
        }
        body += area.legend(series.enumerated().map { ($0.element.name, Palette.series($0.offset), false) })
        let count = series.map(\.y.count).reduce(0, +)
        let alt = "Scatter plot\(title.isEmpty ? "" : " '\(title)'") of \(count) points in \(series.count) series."
        var lines = [TextChart.heading(title, "scatter plot")]
        lines += ScatterText.grid(series, xAxis, yAxis)
        return FigureFrame.figure(title: title, alt: alt, body: body, text: lines.joined(separator: "\n") + "\n")
    }
}

enum ScatterText {
    /// A 48 × 12 character grid with a symbol per series (later series drawn over earlier ones).
    static func grid(_ series: [Series], _ xAxis: Axis, _ yAxis: Axis) -> [String] {
        let width = 48, height = 12
        let marks: [Character] = ["•", "◦", "×", "+", "*", "o", "#", "@"]
        var cells = [[Character]](repeating: [Character](repeating: " ", count: width), count: height)
        for (i, s) in series.enumerated() {
            for (x, y) in zip(s.xs, s.y) {
                guard let fx = xAxis.fraction(x), let fy = yAxis.fraction(y) else { continue }
                let c = clampedInt(fx * Double(width - 1) + 0.5, 0, width - 1)
                let r = clampedInt((1 - fy) * Double(height - 1) + 0.5, 0, height - 1)
                cells[r][c] = marks[i % marks.count]
            }
        }
        let top = Ticks.short(yAxis.hi), bottom = Ticks.short(yAxis.lo)
        let w = max(top.count, bottom.count)
        var out = cells.enumerated().map { r, row in
            let label = r == 0 ? top : (r == height - 1 ? bottom : "")
            return BitImageText.trimmed(TextChart.padLeft(label, w) + " │" + String(row))
        }
        out.append(String(repeating: " ", count: w) + " └" + String(repeating: "─", count: width))
        out.append(String(repeating: " ", count: w + 2) + TextChart.pad(Ticks.short(xAxis.lo), width - Ticks.short(xAxis.hi).count) + Ticks.short(xAxis.hi))
        if series.count > 1 { out.append(series.enumerated().map { "\(marks[$0.offset % marks.count]) \($0.element.name)" }.joined(separator: "   ")) }
        return out
    }
}
