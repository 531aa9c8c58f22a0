/// Colours, as CSS custom properties with fallbacks, so a page's stylesheet can restyle every
/// figure (e.g. for a dark scheme) while a standalone SVG still looks right:
/// `--qb-chart-text`, `--qb-chart-axis`, `--qb-chart-grid`, `--qb-chart-background`,
/// `--qb-chart-series-1` … `--qb-chart-series-8`, and the heatmap's `--qb-chart-low`/`-high`.
/// The series colours are the Okabe–Ito palette (distinguishable with colour-blindness).
public enum Palette {
    static let series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    /// The CSS value for series `i` (cycling after eight).
    public static func series(_ i: Int) -> String {
        let k = ((i % series.count) + series.count) % series.count
        return "var(--qb-chart-series-\(k + 1), \(series[k]))"
    }

    public static let text = "var(--qb-chart-text, #222222)"
    public static let axis = "var(--qb-chart-axis, #555555)"
    public static let grid = "var(--qb-chart-grid, #e4e4e4)"
    public static let background = "var(--qb-chart-background, #ffffff)"
    public static let muted = "var(--qb-chart-muted, #777777)"
    public static let boxFill = "var(--qb-chart-box, #eef3fb)"

    /// A sequential colour for t in [0, 1] (light to dark blue) and a diverging one for t in
    /// [−1, 1] (orange through white to blue), as fixed hex colours: a heatmap's cells are data.
    public static func sequential(_ t: Double) -> String {
        mix((247, 251, 255), (8, 48, 107), clamp(t, 0, 1))
    }

    public static func diverging(_ t: Double) -> String {
        let x = clamp(t, -1, 1)
        return x < 0 ? mix((255, 255, 255), (179, 88, 6), -x) : mix((255, 255, 255), (8, 69, 148), x)
    }

    static func clamp(_ x: Double, _ lo: Double, _ hi: Double) -> Double {
        x.isNaN ? lo : min(hi, max(lo, x))
    }

    static func mix(_ a: (Int, Int, Int), _ b: (Int, Int, Int), _ t: Double) -> String {
        func channel(_ x: Int, _ y: Int) -> Int { Int((Double(x) + (Double(y) - Double(x)) * t).rounded()) }
        return hex(channel(a.0, b.0), channel(a.1, b.1), channel(a.2, b.2))
    }

    static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        let digits = Array("0123456789abcdef")
        func two(_ v: Int) -> String { String([digits[(v >> 4) & 15], digits[v & 15]]) }
        return "#" + two(r) + two(g) + two(b)
    }
}
