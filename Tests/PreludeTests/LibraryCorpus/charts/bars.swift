// Bar charts of one and of several series.
let b = bar([0.5, 0.25, 0.25], labels: ["00", "01", "11"], title: "probabilities", yLabel: "p")
print(b.text)
let pair = bar([Series("model", [0.4, 0.6]), Series("target", [0.5, 0.5])], labels: ["0", "1"], title: "fit")
print(pair.text)
