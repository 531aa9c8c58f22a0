/// The course's prerequisites as a small SVG graph for the index page: one row per depth, top
/// to bottom (a tutorial sits one row below its deepest prerequisite, each row centred), a
/// linked box per tutorial, an arrow from each prerequisite down to what builds on it. A course
/// is mostly a chain, so rows keep it narrow enough to read at full size.
struct PrerequisiteMap {
    struct Node {
        var title: String
        var href: String
        var order: Int?
        var prerequisites: [Int]
    }

    let nodes: [Node]

    private static let boxWidth = 226, boxHeight = 52, columnGap = 22, rowGap = 34, margin = 4
    private static let lineLength = 27

    /// Nil when no tutorial names a prerequisite (a map would only repeat the list).
    func svg() -> HTMLNode? {
        guard nodes.contains(where: { !$0.prerequisites.isEmpty }) else { return nil }
        let byOrder = Dictionary(nodes.indices.compactMap { i in nodes[i].order.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        var depth: [Int: Int] = [:]
        func depthOf(_ i: Int, visiting: Set<Int>) -> Int {
            if let known = depth[i] { return known }
            let parents = nodes[i].prerequisites.compactMap { byOrder[$0] }.filter { !visiting.contains($0) && $0 != i }
            let d = parents.map { depthOf($0, visiting: visiting.union([i])) + 1 }.max() ?? 0
            depth[i] = d
            return d
        }
        for i in nodes.indices { _ = depthOf(i, visiting: []) }
        var slotOf: [Int: Int] = [:]
        var boxesInRow: [Int: Int] = [:]
        for i in nodes.indices {
            let row = depth[i] ?? 0
            slotOf[i] = boxesInRow[row, default: 0]
            boxesInRow[row, default: 0] += 1
        }
        let rows = (boxesInRow.keys.max() ?? 0) + 1
        let columns = boxesInRow.values.max() ?? 1
        func rowWidth(_ boxes: Int) -> Int { boxes * Self.boxWidth + (boxes - 1) * Self.columnGap }
        var width = 2 * Self.margin + rowWidth(columns)
        let height = 2 * Self.margin + rows * Self.boxHeight + (rows - 1) * Self.rowGap
        func origin(_ i: Int) -> (x: Int, y: Int) {
            let row = depth[i] ?? 0
            let indent = (rowWidth(columns) - rowWidth(boxesInRow[row] ?? 1)) / 2
            return (Self.margin + indent + (slotOf[i] ?? 0) * (Self.boxWidth + Self.columnGap),
                    Self.margin + row * (Self.boxHeight + Self.rowGap))
        }

        var parts: [HTMLNode] = [
            .tag("title", text: "Map of prerequisites"),
            .tag("defs", [.tag("marker", ["id": "qb-prerequisite-arrow", "viewBox": "0 0 10 10", "refX": "10", "refY": "5",
                                          "markerWidth": "7", "markerHeight": "7", "orient": "auto"],
                               [.tag("path", ["d": "M0,0 L10,5 L0,10 z"])])]),
        ]
        for i in nodes.indices {
            for parent in nodes[i].prerequisites.compactMap({ byOrder[$0] }) where parent != i && (depth[parent] ?? 0) < (depth[i] ?? 0) {
                let from = origin(parent), to = origin(i)
                let x1 = from.x + Self.boxWidth / 2, y1 = from.y + Self.boxHeight
                let x2 = to.x + Self.boxWidth / 2, y2 = to.y - 1
                let skipped = ((depth[parent] ?? 0) + 1)..<(depth[i] ?? 0)
                let d: String
                if skipped.isEmpty {
                    let bend = (y2 - y1) / 2
                    d = "M\(x1),\(y1) C\(x1),\(y1 + bend) \(x2),\(y2 - bend) \(x2),\(y2)"
                } else {
                    // Around the rows in between, on their right, rather than through their boxes.
                    let right = skipped.map { Self.margin + (rowWidth(columns) + rowWidth(boxesInRow[$0] ?? 1)) / 2 }.max() ?? 0
                    let xd = right + Self.columnGap / 2
                    let top = Self.margin + skipped.lowerBound * (Self.boxHeight + Self.rowGap)
                    let bottom = Self.margin + (skipped.upperBound - 1) * (Self.boxHeight + Self.rowGap) + Self.boxHeight
                    d = "M\(x1),\(y1) C\(x1),\(top) \(xd),\(y1) \(xd),\(top) L\(xd),\(bottom) C\(xd),\(y2) \(x2),\(bottom) \(x2),\(y2)"
                    width = max(width, xd + Self.margin + 4)
                }
                parts.append(.tag("path", ["d": d, "marker-end": "url(#qb-prerequisite-arrow)"]))
            }
        }
        for i in nodes.indices {
            let (x, y) = origin(i)
            let lines = Self.wrap(nodes[i].title)
            let firstBaseline = y + Self.boxHeight / 2 + 5 - (lines.count - 1) * 9
            var texts: [HTMLNode] = []
            for (n, line) in lines.enumerated() {
                texts.append(.tag("tspan", ["x": "\(x + Self.boxWidth / 2)", "y": "\(firstBaseline + 18 * n)"], text: line))
            }
            parts.append(.tag("a", ["href": nodes[i].href], [
                .tag("title", text: nodes[i].title),
                .tag("rect", ["x": "\(x)", "y": "\(y)", "width": "\(Self.boxWidth)", "height": "\(Self.boxHeight)", "rx": "6"]),
                .tag("text", ["text-anchor": "middle", "font-size": "14"], texts),
            ]))
        }
        return .tag("svg", ["class": "prerequisite-map", "xmlns": "http://www.w3.org/2000/svg",
                            "viewBox": "0 0 \(width) \(height)", "width": "\(width)", "height": "\(height)",
                            "role": "img", "aria-label": "Map of prerequisites: an arrow leads from a tutorial to those that build on it"],
                    parts)
    }

    /// At most two lines of about `lineLength` characters, split between words; an ellipsis
    /// ends what does not fit (the box's title tooltip holds the whole).
    static func wrap(_ title: String) -> [String] {
        var lines: [String] = [""]
        for word in title.split(separator: " ") {
            if lines[lines.count - 1].isEmpty {
                lines[lines.count - 1] = String(word)
            } else if lines[lines.count - 1].count + 1 + word.count <= lineLength {
                lines[lines.count - 1] += " " + word
            } else if lines.count < 2 {
                lines.append(String(word))
            } else {
                lines[1] = String(lines[1].prefix(lineLength - 1)) + "…"
                break
            }
        }
        return lines.map { $0.count > lineLength ? String($0.prefix(lineLength - 1)) + "…" : $0 }
    }
}
