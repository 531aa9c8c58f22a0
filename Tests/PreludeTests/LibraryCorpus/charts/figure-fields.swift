// A figure's title, alternative text and SVG (its size and opening).
let f = plot([1.0, 2.0, 2.5], title: "growth", xLabel: "step", yLabel: "value")
print(f.title)
print(f.altText)
print(f.svg.hasPrefix("<svg"), f.svg.count, f.svg.contains("growth"))
