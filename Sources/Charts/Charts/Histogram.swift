/// A histogram of raw values in equal-width bins: counts as bars over the value axis.
public struct Histogram: Sendable, Hashable {
    public var values: [Double]
    public var bins: Int
    public var title = ""
    public var xLabel = ""

    public init(_ values: [Double], bins: Int = 20, title: String = "", xLabel: String = "") {
        self.values = values
        self.bins = bins
        self.title = title
        self.xLabel = xLabel
    }

    /// Bin edges (bins + 1) and counts; finite values only.
    func binned() -> (edges: [Double], counts: [Int]) {
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if lo == hi { lo -= 0.5; hi += 0.5 }
        let width = (hi - lo) / Double(bins)
        var counts = [Int](repeating: 0, count: bins)
        for v in finite { counts[clampedInt((v - lo) / width, 0, bins - 1)] += 1 }
        return ((0...bins).map { lo + Double($0) * width }, counts)
    }

    public func checkedFigure() throws(ChartError) -> Figure {
        if bins < 1 || bins > 1000 { throw .invalid("a histogram needs between 1 and 1000 bins, got \(bins)") }
        if !values.contains(where: \.isFinite) { throw .empty("a histogram needs at least one finite value") }
        return draw()
    }

    public var figure: Figure {
        do { return try checkedFigure() } catch { preconditionFailure("\(error)") }
    }

    private func draw() -> Figure {
        let (edges, counts) = binned()
        let area = PlotArea()
        let xAxis = Axis(covering: [edges[0], edges[bins]], scale: .linear)
        let yAxis = Axis(covering: counts.map(Double.init), scale: .linear, includeZero: true)
        var body = area.title(title) + area.yAxis(yAxis, label: "count") + area.xAxis(xAxis, label: xLabel)
        var bars: [SVGNode] = []
        for b in 0..<bins {
            guard let fa = xAxis.fraction(edges[b]), let fb = xAxis.fraction(edges[b + 1]), let fy = yAxis.fraction(Double(counts[b])) else { continue }
            let x = area.px(fa), w = area.px(fb) - x, y = area.py(fy)
            bars.append(.tag("rect", [.init("x", x), .init("y", y), .init("width", max(0.5, w - 1)), .init("height", area.y1 - y)]))
        }
        body.append(.tag("g", [.init("class", "qb-chart-series"), .init("style", "fill: \(Palette.series(0))")], bars))
        let finite = values.filter(\.isFinite).count
        let alt = "Histogram\(title.isEmpty ? "" : " '\(title)'") of \(finite) values in \(bins) bins from \(Ticks.short(edges[0])) to \(Ticks.short(edges[bins]))."
        let labels = (0..<bins).map { "\(Ticks.short(edges[$0]))–\(Ticks.short(edges[$0 + 1]))" }
        let text = BarText.render(BarChart([Series("count", counts.map(Double.init))], labels: labels, title: TextChart.heading(title, "histogram")))
        return FigureFrame.figure(title: title, alt: alt, body: body, text: text)
    }
}
