// A histogram of values and a scatter plot.
let values = (0..<50).map { Double(($0 * 37) % 11) }
let h = histogram(values, bins: 5, title: "counts", xLabel: "value")
print(h.text)
let s = scatter(x: [1, 2, 3, 4], y: [2, 4, 3, 5], title: "points", xLabel: "x", yLabel: "y")
print(s.text)
