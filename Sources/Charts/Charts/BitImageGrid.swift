/// Small bit images in a grid, e.g. the 14 bars-and-stripes patterns of a 3 × 3 lattice or the
/// samples of a trained model, each with an optional caption (its probability).
public struct BitImageGrid: Sendable, Hashable {
    /// Each image: rows of pixels, 0/1 or grey levels in [0, 1].
    public var images: [[[Double]]]
    public var captions: [String] = []
    /// Images per row of the grid; 0 chooses.
    public var columns = 0
    public var title = ""

    public init(_ images: [[[Double]]], captions: [String] = [], columns: Int = 0, title: String = "") {
        self.images = images
        self.captions = captions
        self.columns = columns
        self.title = title
    }

    public init(bits images: [[[Int]]], captions: [String] = [], columns: Int = 0, title: String = "") {
        self.init(images.map { $0.map { $0.map(Double.init) } }, captions: captions, columns: columns, title: title)
    }

    public func checkedFigure() throws(ChartError) -> Figure {
        guard let first = images.first, let width = first.first?.count, width > 0 else { throw .empty("a grid of images needs at least one image with pixels") }
        let height = first.count
        for (i, img) in images.enumerated() where img.count != height || img.contains(where: { $0.count != width }) {
            throw .lengthMismatch("image \(i) is not \(height) × \(width) like image 0")
        }
        if let bad = images.joined().joined().first(where: { !($0 >= 0 && $0 <= 1) }) {
            throw .invalid("pixels must lie in [0, 1], got \(Ticks.short(bad))")
        }
        if !captions.isEmpty && captions.count != images.count { throw .lengthMismatch("\(captions.count) captions for \(images.count) images") }
        if columns < 0 { throw .invalid("columns must be non-negative, got \(columns)") }
        if images.count > 1024 { throw .invalid("a grid shows at most 1024 images, got \(images.count)") }
        return draw()
    }

    public var figure: Figure {
        do { return try checkedFigure() } catch { preconditionFailure("\(error)") }
    }

    var gridColumns: Int {
        if columns > 0 { return columns }
        var c = 1
        while c * c < images.count { c += 1 }
        return min(images.count, max(c, images.count <= 8 ? images.count : c))
    }

    private func draw() -> Figure {
        let h = images[0].count, w = images[0][0].count
        let cols = gridColumns, rows = (images.count + cols - 1) / cols
        let captionSpace = captions.isEmpty ? 0.0 : 16
        let top = title.isEmpty ? 12.0 : 40
        let available = (FigureFrame.width - 24) / Double(cols)
        let pixel = max(2, min(24, (available - 10) / Double(max(w, h)), (FigureFrame.height - top - 12) / Double(rows) / (Double(h) + 1)))
        let cellW = Double(w) * pixel + 10, cellH = Double(h) * pixel + 10 + captionSpace
        let height = top + Double(rows) * cellH + 12
        var body: [SVGNode] = PlotArea().title(title)
        for (k, img) in images.enumerated() {
            let ox = 12 + Double(k % cols) * cellW + (available - cellW) / 2, oy = top + Double(k / cols) * cellH
            var pixels: [SVGNode] = [.tag("rect", [.init("x", ox - 1), .init("y", oy - 1), .init("width", Double(w) * pixel + 2),
                                                   .init("height", Double(h) * pixel + 2), .init("style", "fill: none; stroke: \(Palette.axis)")])]
            for (r, row) in img.enumerated() {
                for (c, v) in row.enumerated() where v > 0 {
                    pixels.append(.tag("rect", [.init("x", ox + Double(c) * pixel), .init("y", oy + Double(r) * pixel),
                                                .init("width", pixel), .init("height", pixel),
                                                .init("style", "fill: \(Palette.text)\(v < 1 ? "; fill-opacity: \(SVGNumber.format(v))" : "")")]))
                }
            }
            body.append(.tag("g", [.init("class", "qb-chart-image")], pixels))
            if k < captions.count {
                body.append(PlotArea.text(captions[k], x: ox + Double(w) * pixel / 2, y: oy + Double(h) * pixel + 16, anchor: "middle", size: 11, color: Palette.axis))
            }
        }
        let alt = "\(images.count) images of \(h) × \(w) pixels\(title.isEmpty ? "" : ", '\(title)'")."
        return FigureFrame.figure(title: title, alt: alt, body: body, text: BitImageText.render(self), height: max(80, height))
    }
}

enum BitImageText {
    /// Images side by side (as many as fit 80 columns), pixels as █ and ·, grey as ▒.
    static func render(_ g: BitImageGrid) -> String {
        let w = g.images[0][0].count, h = g.images[0].count
        // Each image gets a column as wide as it or its caption (captions cut at 12 characters).
        let column = max(w, min(12, g.captions.map(\.count).max() ?? 0))
        let perRow = max(1, min(g.images.count, 80 / (column + 2)))
        var lines = [TextChart.heading(g.title, "\(g.images.count) images")]
        for start in stride(from: 0, to: g.images.count, by: perRow) {
            let group = Array(g.images[start..<min(g.images.count, start + perRow)].enumerated())
            for r in 0..<h {
                lines.append(trimmed(group.map { _, img in
                    TextChart.pad(String(img[r].map { v -> Character in v >= 0.75 ? "█" : (v >= 0.25 ? "▒" : "·") }), column)
                }.joined(separator: "  ")))
            }
            if !g.captions.isEmpty {
                lines.append(trimmed(group.map { k, _ in TextChart.pad(String(g.captions[start + k].prefix(12)), column) }.joined(separator: "  ")))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func trimmed(_ s: String) -> String {
        var t = s
        while t.hasSuffix(" ") { t.removeLast() }
        return t
    }
}
