// Bars of measured frequencies beside the exact probabilities.
var c = Circuit(qubits: 2)
c.h(0); c.ry(1.0, 1)
let psi = c.run()
let counts = psi.counts(shots: 500, seed: 2)
let labels = ["00", "01", "10", "11"]
let measured = labels.map { Double(counts[$0] ?? 0) / 500 }
print(bar([Series("measured", measured), Series("exact", psi.probabilities())], labels: labels, title: "500 shots").text)
