// The functions tutorial cells call to draw: each returns a `Figure` (shown as SVG on a page,
// as text in a terminal). Each traps on bad input with a precise message, like Swift's own
// APIs; its `checked…` twin throws a `ChartError` instead (what the cell bindings call).

/// One series against its index: `plot(history.losses, title: "MMD²")`.
public func plot(_ values: [Double], title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false) -> Figure {
    LineChart([Series(yLabel.isEmpty ? "y" : yLabel, values)], title: title, xLabel: xLabel, yLabel: yLabel, logY: logY).figure
}

public func checkedPlot(_ values: [Double], title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false) throws(ChartError) -> Figure {
    try LineChart([Series(yLabel.isEmpty ? "y" : yLabel, values)], title: title, xLabel: xLabel, yLabel: yLabel, logY: logY).checkedFigure()
}

/// y against x.
public func plot(x: [Double], y: [Double], title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false) -> Figure {
    LineChart([Series(yLabel.isEmpty ? "y" : yLabel, x: x, y: y)], title: title, xLabel: xLabel, yLabel: yLabel, logY: logY).figure
}

public func checkedPlot(x: [Double], y: [Double], title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false) throws(ChartError) -> Figure {
    try LineChart([Series(yLabel.isEmpty ? "y" : yLabel, x: x, y: y)], title: title, xLabel: xLabel, yLabel: yLabel, logY: logY).checkedFigure()
}

/// Several series (with a legend), e.g. `plot([Series("exact", a), Series("1000 shots", b)])`.
public func plot(_ series: [Series], title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false) -> Figure {
    LineChart(series, title: title, xLabel: xLabel, yLabel: yLabel, logY: logY).figure
}

public func checkedPlot(_ series: [Series], title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false) throws(ChartError) -> Figure {
    try LineChart(series, title: title, xLabel: xLabel, yLabel: yLabel, logY: logY).checkedFigure()
}

/// Points y against x.
public func scatter(x: [Double], y: [Double], title: String = "", xLabel: String = "", yLabel: String = "") -> Figure {
    ScatterChart([Series("points", x: x, y: y)], title: title, xLabel: xLabel, yLabel: yLabel).figure
}

public func checkedScatter(x: [Double], y: [Double], title: String = "", xLabel: String = "", yLabel: String = "") throws(ChartError) -> Figure {
    try ScatterChart([Series("points", x: x, y: y)], title: title, xLabel: xLabel, yLabel: yLabel).checkedFigure()
}

/// Bars for labelled categories.
public func bar(_ values: [Double], labels: [String], title: String = "", yLabel: String = "") -> Figure {
    BarChart([Series(yLabel.isEmpty ? "value" : yLabel, values)], labels: labels, title: title, yLabel: yLabel).figure
}

public func checkedBar(_ values: [Double], labels: [String], title: String = "", yLabel: String = "") throws(ChartError) -> Figure {
    try BarChart([Series(yLabel.isEmpty ? "value" : yLabel, values)], labels: labels, title: title, yLabel: yLabel).checkedFigure()
}

/// Several series of bars side by side per category (e.g. "model" and "target").
public func bar(_ series: [Series], labels: [String], title: String = "", yLabel: String = "") -> Figure {
    BarChart(series, labels: labels, title: title, yLabel: yLabel).figure
}

public func checkedBar(_ series: [Series], labels: [String], title: String = "", yLabel: String = "") throws(ChartError) -> Figure {
    try BarChart(series, labels: labels, title: title, yLabel: yLabel).checkedFigure()
}

/// Counts of raw values in `bins` equal bins.
public func histogram(_ values: [Double], bins: Int = 20, title: String = "", xLabel: String = "") -> Figure {
    Histogram(values, bins: bins, title: title, xLabel: xLabel).figure
}

public func checkedHistogram(_ values: [Double], bins: Int = 20, title: String = "", xLabel: String = "") throws(ChartError) -> Figure {
    try Histogram(values, bins: bins, title: title, xLabel: xLabel).checkedFigure()
}

/// A matrix as coloured cells.
public func heatmap(_ values: [[Double]], title: String = "", rowLabels: [String] = [], columnLabels: [String] = []) -> Figure {
    Heatmap(values, title: title, rowLabels: rowLabels, columnLabels: columnLabels).figure
}

public func checkedHeatmap(_ values: [[Double]], title: String = "", rowLabels: [String] = [], columnLabels: [String] = []) throws(ChartError) -> Figure {
    try Heatmap(values, title: title, rowLabels: rowLabels, columnLabels: columnLabels).checkedFigure()
}

/// Small 0/1 images in a grid (bars-and-stripes patterns, samples).
public func bitImages(_ images: [[[Int]]], captions: [String] = [], columns: Int = 0, title: String = "") -> Figure {
    BitImageGrid(bits: images, captions: captions, columns: columns, title: title).figure
}

public func checkedBitImages(_ images: [[[Int]]], captions: [String] = [], columns: Int = 0, title: String = "") throws(ChartError) -> Figure {
    try BitImageGrid(bits: images, captions: captions, columns: columns, title: title).checkedFigure()
}
