/// A table as aligned plain text, for the terminal and for `--plain`:
///
///     state  p
///     -----  -----
///     00     0.5
///     11     0.5
public enum TextTable {
    public static func render(columns: [String], rows: [[String]]) -> String {
        let width = max(columns.count, rows.map(\.count).max() ?? 0)
        func cell(_ row: [String], _ index: Int) -> String { index < row.count ? row[index] : "" }
        let widths = (0..<width).map { index in
            ([cell(columns, index)] + rows.map { cell($0, index) }).map(\.count).max() ?? 0
        }
        func line(_ row: [String]) -> String {
            var text = ""
            for index in 0..<width {
                let value = cell(row, index)
                text += value
                if index < width - 1 { text += String(repeating: " ", count: widths[index] - value.count + 2) }
            }
            return text + "\n"
        }
        return line(columns) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }
}
