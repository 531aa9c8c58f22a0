/// Bars for categories, one or several series side by side: e.g. a Born machine's
/// distribution ("model") beside the data's ("target") over bitstrings.
public struct BarChart: Sendable, Hashable {
    public var series: [Series]
    public var labels: [String]
    public var title = ""
    public var xLabel = ""
    public var yLabel = ""

    public init(_ series: [Series], labels: [String], title: String = "", xLabel: String = "", yLabel: String = "") {
        self.series = series
        self.labels = labels
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    public func checkedFigure() throws(ChartError) -> Figure {
        if series.isEmpty { throw .empty("a bar chart needs at least one series") }
        if labels.isEmpty { throw .empty("a bar chart needs at least one category") }
        for s in series where s.y.count != labels.count {
            throw .lengthMismatch("series '\(s.name)' has \(s.y.count) values but there are \(labels.count) labels")
        }
        if labels.count > 4096 { throw .invalid("a bar chart draws at most 4096 categories, got \(labels.count)") }
        return draw()
    }

    public var figure: Figure {
        do { return try checkedFigure() } catch { preconditionFailure("\(error)") }
    }

    private func draw() -> Figure {
        var area = PlotArea()
        area = PlotArea(legendRows: area.legendRows(series.map(\.name)), wideBottom: (labels.map(\.count).max() ?? 0) * 7 > Int(548 / Double(labels.count)))
        let yAxis = Axis(covering: series.flatMap(\.y), scale: .linear, includeZero: true)
        var body = area.title(title) + area.yAxis(yAxis, label: yLabel)
        let n = labels.count, k = series.count
        let slot = (area.x1 - area.x0) / Double(n)
        let gap = slot > 6 ? slot * 0.18 : 0
        let width = (slot - gap) / Double(k)
        let zero = area.py(yAxis.fraction(0) ?? 0)
        for (j, s) in series.enumerated() {
            var bars: [SVGNode] = []
            for (i, v) in s.y.enumerated() {
                guard let f = yAxis.fraction(v) else { continue }
                let y = area.py(f)
                let x = area.x0 + Double(i) * slot + gap / 2 + Double(j) * width
                bars.append(.tag("rect", [.init("x", x), .init("y", min(y, zero)), .init("width", max(width, 0.5)),
                                          .init("height", abs(zero - y))]))
            }
            body.append(.tag("g", [.init("class", "qb-chart-series"), .init("style", "fill: \(Palette.series(j))")], bars))
        }
        body += area.xCategories(labels, label: xLabel)
        body += area.legend(series.enumerated().map { ($0.element.name, Palette.series($0.offset), false) })
        let alt = "Bar chart\(title.isEmpty ? "" : " '\(title)'") of \(k == 1 ? "one series" : "\(k) series (\(series.map(\.name).joined(separator: ", ")))") over \(n) categories."
        return FigureFrame.figure(title: title, alt: alt, body: body, text: BarText.render(self))
    }
}

enum BarText {
    /// One row per category (at most 32 shown; the largest when there are more), a bar per series.
    static func render(_ chart: BarChart) -> String {
        let fills: [Character] = ["█", "░", "▒", "▓"]
        var lines = [TextChart.heading(chart.title, "bar chart")]
        if chart.series.count > 1 {
            lines.append(chart.series.enumerated().map { "\(fills[$0.offset % fills.count]) \($0.element.name)" }.joined(separator: "   "))
        }
        let maximum = chart.series.flatMap(\.y).filter(\.isFinite).map(abs).max() ?? 1
        var shown = Array(chart.labels.indices)
        let limit = 32
        if shown.count > limit {
            // The categories that matter most: largest value in any series, kept in their order.
            let weight = shown.map { i in chart.series.map { abs($0.y[i].isFinite ? $0.y[i] : 0) }.max() ?? 0 }
            shown = shown.sorted { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : $0 < $1 }.prefix(limit).sorted()
        }
        let labelWidth = min(24, shown.map { chart.labels[$0].count }.max() ?? 1)
        for i in shown {
            for (j, s) in chart.series.enumerated() {
                let label = j == 0 ? TextChart.pad(String(chart.labels[i].prefix(24)), labelWidth) : String(repeating: " ", count: labelWidth)
                let v = s.y[i]
                let bar = TextChart.bar(maximum > 0 ? abs(v) / maximum : 0, width: 40, fill: fills[j % fills.count])
                lines.append("\(label) │\(TextChart.pad(bar, 40)) \(Ticks.short(v))")
            }
        }
        if shown.count < chart.labels.count {
            lines.append("(\(chart.labels.count - shown.count) smaller categories not shown)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
