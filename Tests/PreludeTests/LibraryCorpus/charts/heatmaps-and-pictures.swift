// A heatmap and a grid of bit-images.
let m = heatmap([[1, 0.5], [0.5, 1]], title: "kernel", rowLabels: ["a", "b"], columnLabels: ["a", "b"])
print(m.text)
let pictures = bitImages([[[1, 0], [0, 1]], [[0, 1], [1, 0]]], captions: ["diag", "anti"], columns: 2, title: "two")
print(pictures.text)
