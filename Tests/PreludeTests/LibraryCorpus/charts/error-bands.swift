// A series with an error band.
let s = Series("mean", x: [0, 1, 2], y: [1, 2, 3], lower: [0.5, 1.5, 2.5], upper: [1.5, 2.5, 3.5])
print(s.name, s.y)
let f = plot([s], title: "with band")
print(f.text)
print(f.svg.count)
