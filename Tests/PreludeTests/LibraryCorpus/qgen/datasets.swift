// The data sets: bars and stripes, Gaussian mixtures, a log-normal.
let bas = Datasets.barsAndStripes(rows: 2, cols: 3)
print(bas.support.count, Datasets.barsAndStripesPatterns(rows: 2, cols: 2))
let dg = Datasets.doubleGaussian(qubits: 4)
print(dg.probabilities.map { ($0 * 1e6).rounded() / 1e6 })
let mix = Datasets.gaussianMixture(qubits: 3, means: [2, 5], widths: [1, 0.5], weights: [1, 3])
print(mix)
print(Datasets.gaussianMixture(qubits: 2, means: [1.5], widths: [1]).probabilities)
print(Datasets.logNormal(qubits: 3).probabilities, Datasets.logNormal(qubits: 2, mu: 0.5, sigma: 0.8).probabilities)
