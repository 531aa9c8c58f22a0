/// A finished figure: the SVG a page shows, the text a terminal shows, and a one-sentence
/// description for screen readers. Made by the chart types (`LineChart`, `BarChart`, ...) and
/// the free functions (`plot`, `bar`, `histogram`, ...). Printing a figure prints its text.
public struct Figure: Codable, Sendable, Hashable, CustomStringConvertible {
    public let title: String
    /// A complete, self-contained `<svg>` element (no external references, no scripts).
    public let svg: String
    /// The rendering for a terminal (block characters), title first.
    public let text: String
    /// One plain sentence saying what the figure shows.
    public let altText: String

    public init(title: String, svg: String, text: String, altText: String) {
        self.title = title
        self.svg = svg
        self.text = text
        self.altText = altText
    }

    public var description: String { text }
}

/// Wraps a figure's body in its `<svg>` root with title, description and background.
struct FigureFrame {
    static let width = 640.0
    static let height = 400.0

    /// A stable id prefix from the figure's content (two figures on one page differ unless
    /// they are identical, and then sharing ids is harmless).
    static func idPrefix(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for part in parts {
            for b in part.utf8 {
                h ^= UInt64(b)
                h = h &* 0x100000001b3
            }
            h ^= 0xff
            h = h &* 0x100000001b3
        }
        let digits = Array("0123456789abcdef")
        var s = "qb"
        for k in stride(from: 60, through: 0, by: -4) { s.append(digits[Int((h >> UInt64(k)) & 15)]) }
        return s
    }

    static func figure(title: String, alt: String, body: [SVGNode], text: String, width: Double = width, height: Double = height) -> Figure {
        let id = idPrefix([title, alt, text, String(body.count)])
        let root = SVGNode.tag("svg", [
            .init("xmlns", "http://www.w3.org/2000/svg"),
            .init("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"),
            .init("width", width), .init("height", height),
            .init("role", "img"),
            .init("aria-labelledby", "\(id)-title \(id)-desc"),
            .init("class", "qb-chart"),
            .init("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
            .init("font-size", "12"),
        ], [
            .tag("title", [.init("id", "\(id)-title")], [.text(title.isEmpty ? alt : title)]),
            .tag("desc", [.init("id", "\(id)-desc")], [.text(alt)]),
            .tag("rect", [.init("width", width), .init("height", height), .init("style", "fill: \(Palette.background)")]),
        ] + body)
        return Figure(title: title, svg: SVGWriter.write(root) + "\n", text: text, altText: alt)
    }
}
