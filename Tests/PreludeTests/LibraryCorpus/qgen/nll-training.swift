// Training by negative log-likelihood approaches the target's entropy.
let target = Datasets.gaussianMixture(qubits: 2, means: [0.5, 2.5], widths: [0.7, 0.7])
var m = BornMachine(qubits: 2, layers: 2, seed: 8)
let h = m.train(target: target, loss: NegativeLogLikelihood(), optimizer: Adam(learningRate: 0.1), steps: 60)
print((target.entropy * 1e6).rounded() / 1e6, (h.finalLoss * 1e6).rounded() / 1e6, h.finalLoss >= target.entropy - 1e-12)
