#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shared pieces of the terminal renderings.
enum TextChart {
    static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let eighths: [Character] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"].map { $0.first ?? " " }

    /// A sparkline of at most `width` characters (longer series are averaged in buckets).
    static func sparkline(_ values: [Double], width: Int = 48, logScale: Bool = false) -> String {
        let v = values.map { logScale ? ($0 > 0 ? log10($0) : .nan) : $0 }
        let buckets = bucketMeans(v, width)
        let finite = buckets.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return String(repeating: " ", count: buckets.count) }
        return String(buckets.map { x -> Character in
            guard x.isFinite else { return " " }
            let t = hi == lo ? 0.5 : (x - lo) / (hi - lo)
            return sparks[clampedInt((t * 7).rounded(), 0, 7)]
        })
    }

    static func bucketMeans(_ v: [Double], _ width: Int) -> [Double] {
        guard v.count > width, width > 0 else { return v }
        return (0..<width).map { b in
            let start = b * v.count / width, end = max(start + 1, (b + 1) * v.count / width)
            let part = v[start..<end].filter(\.isFinite)
            return part.isEmpty ? .nan : part.reduce(0, +) / Double(part.count)
        }
    }

    /// A horizontal bar of `fraction` of `width` cells, in eighths of a cell.
    static func bar(_ fraction: Double, width: Int, fill: Character = "█") -> String {
        guard fraction.isFinite, fraction > 0 else { return "" }
        let eighthsTotal = Int((min(1, fraction) * Double(width) * 8).rounded())
        let full = eighthsTotal / 8, rest = eighthsTotal % 8
        var s = String(repeating: fill, count: full)
        if rest > 0 { s.append(fill == "█" ? eighths[rest] : fill) }
        return s
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func padLeft(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    static func heading(_ title: String, _ fallback: String) -> String {
        title.isEmpty ? fallback : title
    }
}

enum LineText {
    static func render(_ chart: LineChart) -> String {
        var lines = [TextChart.heading(chart.title, "line chart")]
        let width = max(6, chart.series.map(\.name.count).max() ?? 0)
        for s in chart.series {
            let finite = s.y.filter(\.isFinite)
            var line = TextChart.pad(s.name, width) + "  " + TextChart.sparkline(s.y, logScale: chart.logY)
            if let first = s.y.first, let last = s.y.last, let lo = finite.min(), let hi = finite.max() {
                line += "  \(Ticks.short(first)) → \(Ticks.short(last))  (min \(Ticks.short(lo)), max \(Ticks.short(hi)), \(s.y.count) points)"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
