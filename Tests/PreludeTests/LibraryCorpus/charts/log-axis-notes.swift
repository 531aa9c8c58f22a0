// Values a log axis cannot show are noted, not drawn.
let f = plot([1.0, 0.0, 0.01, -1.0], title: "log", logY: true)
print(f.text)
let g = plot([1.0, Double.nan, 3.0], title: "gap")
print(g.text)
