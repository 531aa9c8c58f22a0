// Line plots: one series, x and y, several series; their text renderings.
let one = plot([3.0, 1.0, 4.0, 1.0, 5.0], title: "digits")
print(one.text)
let xy = plot(x: [0, 1, 2, 3], y: [0, 1, 4, 9], title: "squares", xLabel: "n", yLabel: "n²")
print(xy.text)
let many = plot([Series("a", [1, 2, 3]), Series("b", x: [0, 1, 2], y: [3, 2, 1])], title: "two", logY: true)
print(many.text)
print(one.title, xy.title)
