/// The rectangle a chart draws its data in, and the furniture around it: title, axes with
/// ticks and grid lines, axis labels and a legend.
struct PlotArea {
    var x0 = 68.0, x1 = 616.0, y0 = 46.0, y1 = 340.0

    init(legendRows: Int = 0, wideBottom: Bool = false) {
        if legendRows > 0 { y0 += Double(legendRows) * 16 }
        if wideBottom { y1 -= 22 }
    }

    func px(_ fraction: Double) -> Double { x0 + fraction * (x1 - x0) }
    func py(_ fraction: Double) -> Double { y1 - fraction * (y1 - y0) }

    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil,
                     color: String = Palette.text, weight: String? = nil, rotate: Double? = nil, className: String? = nil) -> SVGNode {
        var attributes: [SVGNode.Attribute] = [.init("x", x), .init("y", y)]
        if anchor != "start" { attributes.append(.init("text-anchor", anchor)) }
        if let size { attributes.append(.init("font-size", size)) }
        if let weight { attributes.append(.init("font-weight", weight)) }
        if let rotate { attributes.append(.init("transform", "rotate(\(SVGNumber.format(rotate)) \(SVGNumber.format(x)) \(SVGNumber.format(y)))")) }
        if let className { attributes.append(.init("class", className)) }
        attributes.append(.init("style", "fill: \(color)"))
        return .tag("text", attributes, [.text(s)])
    }

    static func line(_ xa: Double, _ ya: Double, _ xb: Double, _ yb: Double, color: String, width: Double = 1, dash: String? = nil) -> SVGNode {
        var style = "stroke: \(color); stroke-width: \(SVGNumber.format(width))"
        if let dash { style += "; stroke-dasharray: \(dash)" }
        return .tag("line", [.init("x1", xa), .init("y1", ya), .init("x2", xb), .init("y2", yb), .init("style", style)])
    }

    func title(_ t: String) -> [SVGNode] {
        t.isEmpty ? [] : [Self.text(t, x: (x0 + x1) / 2, y: 24, anchor: "middle", size: 15, weight: "600", className: "qb-chart-title")]
    }

    /// Grid lines, tick labels and the axis label of the vertical axis.
    func yAxis(_ axis: Axis, label: String) -> [SVGNode] {
        var out: [SVGNode] = []
        for t in axis.ticks {
            guard let f = axis.fraction(t.value) else { continue }
            let y = py(f)
            out.append(Self.line(x0, y, x1, y, color: Palette.grid))
            out.append(Self.text(t.label, x: x0 - 8, y: y + 4, anchor: "end", color: Palette.axis))
        }
        out.append(Self.line(x0, y0, x0, y1, color: Palette.axis))
        if !label.isEmpty {
            // Clear of the widest tick label (about 6.5 units a character at the axis's size).
            let widest = Double(axis.ticks.map(\.label.count).max() ?? 0) * 6.5
            let x = max(10, min(16, x0 - 8 - widest - 10))
            out.append(Self.text(label, x: x, y: (y0 + y1) / 2, anchor: "middle", rotate: -90, className: "qb-chart-label"))
        }
        return out
    }

    /// Tick marks, labels and the axis label of a numeric horizontal axis.
    func xAxis(_ axis: Axis, label: String) -> [SVGNode] {
        var out: [SVGNode] = [Self.line(x0, y1, x1, y1, color: Palette.axis)]
        for t in axis.ticks {
            guard let f = axis.fraction(t.value) else { continue }
            let x = px(f)
            out.append(Self.line(x, y1, x, y1 + 5, color: Palette.axis))
            out.append(Self.text(t.label, x: x, y: y1 + 19, anchor: "middle", color: Palette.axis))
        }
        if !label.isEmpty { out.append(Self.text(label, x: (x0 + x1) / 2, y: y1 + 42, anchor: "middle", className: "qb-chart-label")) }
        return out
    }

    /// Category labels under `n` slots: all of them when they fit, rotated when long, else
    /// every k-th one (and the last).
    func xCategories(_ labels: [String], label: String) -> [SVGNode] {
        var out: [SVGNode] = [Self.line(x0, y1, x1, y1, color: Palette.axis)]
        let n = labels.count
        guard n > 0 else { return out }
        let slot = (x1 - x0) / Double(n)
        let longest = labels.map(\.count).max() ?? 1
        let rotate = Double(longest) * 7 > slot
        let room = rotate ? 14.0 : Double(longest) * 7 + 6
        let every = max(1, Int((room / slot).rounded(.up)))
        for (i, l) in labels.enumerated() where i % every == 0 || (i == n - 1 && (n - 1) % every > every / 2) {
            let x = x0 + (Double(i) + 0.5) * slot
            if rotate {
                out.append(Self.text(l, x: x + 4, y: y1 + 10, anchor: "end", size: 11, color: Palette.axis, rotate: -45))
            } else {
                out.append(Self.text(l, x: x, y: y1 + 18, anchor: "middle", color: Palette.axis))
            }
        }
        if !label.isEmpty { out.append(Self.text(label, x: (x0 + x1) / 2, y: FigureFrame.height - 8, anchor: "middle", className: "qb-chart-label")) }
        return out
    }

    /// A legend in rows above the plot area: a swatch and a name per series.
    func legend(_ entries: [(name: String, color: String, line: Bool)]) -> [SVGNode] {
        guard entries.count > 1 else { return [] }
        var out: [SVGNode] = []
        var x = x0, y = 40.0
        for e in entries {
            let width = 26 + Double(e.name.count) * 7 + 18
            if x + width > x1 && x > x0 { x = x0; y += 16 }
            if e.line {
                out.append(Self.line(x, y - 4, x + 18, y - 4, color: e.color, width: 2.5))
            } else {
                out.append(.tag("rect", [.init("x", x + 3), .init("y", y - 10), .init("width", 12), .init("height", 12), .init("style", "fill: \(e.color)")]))
            }
            out.append(Self.text(e.name, x: x + 24, y: y, className: "qb-chart-legend"))
            x += width
        }
        return out
    }

    /// Rows the legend needs for these names.
    func legendRows(_ names: [String]) -> Int {
        guard names.count > 1 else { return 0 }
        var rows = 1, x = x0
        for n in names {
            let width = 26 + Double(n.count) * 7 + 18
            if x + width > x1 && x > x0 { x = x0; rows += 1 }
            x += width
        }
        return rows
    }
}
