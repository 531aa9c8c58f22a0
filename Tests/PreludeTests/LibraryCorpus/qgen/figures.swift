// The figures of distributions, patterns and histories.
let bas = Datasets.barsAndStripes(rows: 2, cols: 2)
print(histogram(bas, target: Distribution.uniform(qubits: 4), title: "target").text)
print(histogram(Distribution.uniform(qubits: 1)).text)
print(bitImages(bas, rows: 2, cols: 2, title: "patterns").text)
var m = BornMachine(qubits: 2, layers: 1, seed: 1)
let h = m.train(target: .uniform(qubits: 2), steps: 5)
print(plot(h, title: "five steps").text)
print(plot(h).title)
