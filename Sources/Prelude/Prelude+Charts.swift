import Charts
import QScript
import QSim

extension Prelude {
    /// Figures and tables: `plot`, `bar`, `histogram`, `scatter`, `heatmap`, `bitImages`, `Series`,
    /// `Table`, each calling Charts' throwing twin. A figure shows as SVG on a page and as text in
    /// a terminal (for `show(x)` and a cell's last value); `print(figure)` prints its text.
    static var charts: [Binding] {
        [
            Binding(Figure.self, "Figure") { t in
                t.property("title") { $0.title }
                t.property("svg") { $0.svg }
                t.property("text") { $0.text }
                t.property("altText") { $0.altText }
                t.display { f in .figure(svg: f.svg, text: f.text, alt: f.altText, title: f.title) }
            },
            Binding(Series.self, "Series") { t in
                t.initializer("init(_:_:)") { (name: String, values: [Double]) in Series(name, values) }
                t.initializer("init(_:x:y:)") { (name: String, x: [Double], y: [Double]) in Series(name, x: x, y: y) }
                t.initializer("init(_ name: String, x: [Double]? = nil, y: [Double], lower: [Double], upper: [Double])") {
                    (name: String, x: [Double]?, y: [Double], lower: [Double], upper: [Double]) in
                    Series(name, x: x, y: y, lower: lower, upper: upper)
                }
                t.property("name") { $0.name }
                t.property("y") { $0.y }
            },
            Binding(Table.self, "Table") { t in
                t.initializer("init(columns:rows:)") { (columns: [String], rows: [[String]]) in
                    let table = Table(columns: columns, rows: rows)
                    try table.validate()
                    return table
                }
                t.initializer("init(columns: [String], numbers: [[Double]], decimals: Int = 4)") { (columns: [String], numbers: [[Double]], decimals: Int) in
                    if decimals < 0 || decimals > 15 { throw ScriptError("decimals must be between 0 and 15, got \(decimals)") }
                    let table = Table(columns: columns, numbers: numbers, decimals: decimals)
                    try table.validate()
                    return table
                }
                t.property("columns") { $0.columns }
                t.property("rows") { $0.rows }
                t.display { .table(columns: $0.columns, rows: $0.rows) }
            },
            .function("plot(_ values: [Double], title: String = \"\", xLabel: String = \"\", yLabel: String = \"\", logY: Bool = false) -> Figure") {
                (v: [Double], title: String, x: String, y: String, log: Bool) in try checkedPlot(v, title: title, xLabel: x, yLabel: y, logY: log)
            },
            .function("plot(x: [Double], y: [Double], title: String = \"\", xLabel: String = \"\", yLabel: String = \"\", logY: Bool = false) -> Figure") {
                (xs: [Double], ys: [Double], title: String, x: String, y: String, log: Bool) in
                try checkedPlot(x: xs, y: ys, title: title, xLabel: x, yLabel: y, logY: log)
            },
            .function("plot(_ series: [Series], title: String = \"\", xLabel: String = \"\", yLabel: String = \"\", logY: Bool = false) -> Figure") {
                (s: [Series], title: String, x: String, y: String, log: Bool) in try checkedPlot(s, title: title, xLabel: x, yLabel: y, logY: log)
            },
            .function("scatter(x: [Double], y: [Double], title: String = \"\", xLabel: String = \"\", yLabel: String = \"\") -> Figure") {
                (xs: [Double], ys: [Double], title: String, x: String, y: String) in try checkedScatter(x: xs, y: ys, title: title, xLabel: x, yLabel: y)
            },
            .function("bar(_ values: [Double], labels: [String], title: String = \"\", yLabel: String = \"\") -> Figure") {
                (v: [Double], labels: [String], title: String, y: String) in try checkedBar(v, labels: labels, title: title, yLabel: y)
            },
            .function("bar(_ series: [Series], labels: [String], title: String = \"\", yLabel: String = \"\") -> Figure") {
                (s: [Series], labels: [String], title: String, y: String) in try checkedBar(s, labels: labels, title: title, yLabel: y)
            },
            .function("histogram(_ values: [Double], bins: Int = 20, title: String = \"\", xLabel: String = \"\") -> Figure") {
                (v: [Double], bins: Int, title: String, x: String) in try checkedHistogram(v, bins: bins, title: title, xLabel: x)
            },
            .function("heatmap(_ values: [[Double]], title: String = \"\", rowLabels: [String] = [], columnLabels: [String] = []) -> Figure") {
                (v: [[Double]], title: String, rows: [String], cols: [String]) in try checkedHeatmap(v, title: title, rowLabels: rows, columnLabels: cols)
            },
            .function("bitImages(_ images: [[[Int]]], captions: [String] = [], columns: Int = 0, title: String = \"\") -> Figure") {
                (images: [[[Int]]], captions: [String], columns: Int, title: String) in
                try checkedBitImages(images, captions: captions, columns: columns, title: title)
            },
        ]
    }

    /// A circuit as Charts draws it, from QSim's layout (the text is QSim's own diagram).
    static func circuitFigure(_ c: Circuit) -> Figure {
        let layout = c.diagramLayout
        let columns = layout.columns.map { col in
            CircuitDrawing.Column(cells: col.cells.map { cell -> CircuitDrawing.Cell in
                switch cell {
                case .wire: .wire
                case .box(let label): .box(label)
                case .control: .control
                case .target: .target
                case .swap: .swap
                case .cross: .cross
                }
            }, spans: col.spans.map { $0.0...$0.1 })
        }
        let drawing = CircuitDrawing(wires: (0..<c.qubits).map { "q\($0)" }, columns: columns)
        return drawing.figure(text: c.diagram() + "\n")
    }
}
