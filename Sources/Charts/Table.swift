/// A table of text cells with a header: shown on a page as an HTML table and in a terminal as
/// aligned columns. `description` is the terminal form.
public struct Table: Codable, Sendable, Hashable, CustomStringConvertible {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Numbers with a fixed number of decimals (default 4), one row per entry.
    public init(columns: [String], numbers: [[Double]], decimals: Int = 4) {
        self.columns = columns
        rows = numbers.map { $0.map { Ticks.fixed($0, decimals: decimals) } }
    }

    /// Throws unless every row has one cell per column.
    public func validate() throws(ChartError) {
        if columns.isEmpty { throw .empty("a table needs at least one column") }
        if let i = rows.firstIndex(where: { $0.count != columns.count }) {
            throw .lengthMismatch("table row \(i) has \(rows[i].count) cells but there are \(columns.count) columns")
        }
    }

    public var description: String {
        let all = [columns] + rows
        let widths = columns.indices.map { c in all.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var s = columns.indices.map { c in TextChart.pad(c < cells.count ? cells[c] : "", widths[c]) }.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = [line(columns), widths.map { String(repeating: "-", count: max(1, $0)) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }
}
