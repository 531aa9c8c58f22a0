/// Lines for one or several series (training curves, loss against steps), with optional error
/// bands, a legend when there is more than one series, and a linear or log y axis.
public struct LineChart: Sendable, Hashable {
    public var series: [Series]
    public var title = ""
    public var xLabel = ""
    public var yLabel = ""
    public var logY = false
    /// Draw a dot at every point (for short series).
    public var markers = false

    public init(_ series: [Series], title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false) {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logY = logY
    }

    /// The figure, throwing on mismatched lengths or nothing to draw.
    public func checkedFigure() throws(ChartError) -> Figure {
        if series.isEmpty { throw .empty("a line chart needs at least one series") }
        for s in series { try s.validate() }
        let all = series.flatMap { $0.y + ($0.lower ?? []) + ($0.upper ?? []) }
        if logY && !all.contains(where: { $0.isFinite && $0 > 0 }) {
            throw .invalid("a log axis needs positive values")
        }
        return draw()
    }

    /// The figure (traps on invalid input; see `checkedFigure()`).
    public var figure: Figure {
        do { return try checkedFigure() } catch { preconditionFailure("\(error)") }
    }

    private func draw() -> Figure {
        let names = series.map(\.name)
        var area = PlotArea()
        area = PlotArea(legendRows: area.legendRows(names))
        let xAxis = Axis(covering: series.flatMap(\.xs), scale: .linear)
        let yValues = series.flatMap { $0.y + ($0.lower ?? []) + ($0.upper ?? []) }
        let yAxis = Axis(covering: yValues, scale: logY ? .log : .linear)
        var body = area.title(title) + area.yAxis(yAxis, label: yLabel) + area.xAxis(xAxis, label: xLabel)
        var clipped: [SVGNode] = []
        for (i, s) in series.enumerated() {
            let color = Palette.series(i)
            let xs = s.xs
            if let lower = s.lower, let upper = s.upper {
                var top: [String] = [], bottom: [String] = []
                for k in xs.indices {
                    guard let fx = xAxis.fraction(xs[k]), let fu = yAxis.fraction(upper[k]), let fl = yAxis.fraction(lower[k]) else { continue }
                    top.append("\(SVGNumber.format(area.px(fx))),\(SVGNumber.format(area.py(fu)))")
                    bottom.append("\(SVGNumber.format(area.px(fx))),\(SVGNumber.format(area.py(fl)))")
                }
                if top.count > 1 {
                    clipped.append(.tag("polygon", [.init("points", (top + bottom.reversed()).joined(separator: " ")),
                                                    .init("style", "fill: \(color); fill-opacity: 0.18; stroke: none")]))
                }
            }
            // A gap (NaN, or ≤ 0 on a log axis) breaks the line.
            var runs: [[String]] = [[]]
            var dots: [SVGNode] = []
            for k in xs.indices {
                guard let fx = xAxis.fraction(xs[k]), let fy = yAxis.fraction(s.y[k]) else {
                    if !(runs.last?.isEmpty ?? true) { runs.append([]) }
                    continue
                }
                let (x, y) = (area.px(fx), area.py(fy))
                runs[runs.count - 1].append("\(SVGNumber.format(x)),\(SVGNumber.format(y))")
                if markers || xs.count == 1 {
                    dots.append(.tag("circle", [.init("cx", x), .init("cy", y), .init("r", 3), .init("style", "fill: \(color)")]))
                }
            }
            for run in runs where run.count > 1 {
                clipped.append(.tag("polyline", [.init("points", run.joined(separator: " ")),
                                                 .init("style", "fill: none; stroke: \(color); stroke-width: 2; stroke-linejoin: round")]))
            }
            clipped += dots
        }
        let text = LineText.render(self)
        let alt = altText()
        let id = FigureFrame.idPrefix([title, alt, text])
        body.append(.tag("clipPath", [.init("id", "\(id)-clip")], [
            .tag("rect", [.init("x", area.x0), .init("y", area.y0 - 4), .init("width", area.x1 - area.x0), .init("height", area.y1 - area.y0 + 8)]),
        ]))
        body.append(.tag("g", [.init("clip-path", "url(#\(id)-clip)")], clipped))
        body += area.legend(series.enumerated().map { ($0.element.name, Palette.series($0.offset), true) })
        return FigureFrame.figure(title: title, alt: alt, body: body, text: text)
    }

    func altText() -> String {
        let what = series.count == 1 ? "one series" : "\(series.count) series"
        let points = series.map(\.y.count).max() ?? 0
        var s = "Line chart\(title.isEmpty ? "" : " '\(title)'") of \(what) over \(points) points"
        if series.count == 1, let first = series[0].y.first, let last = series[0].y.last {
            s += ", from \(Ticks.short(first)) to \(Ticks.short(last))"
        }
        return s + (logY ? " (log scale)." : ".")
    }
}
