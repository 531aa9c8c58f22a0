// The seed's model trained with exact MMD and Adam; the history it returns.
let u = Distribution.uniform(qubits: 2)
var model = BornMachine(qubits: 2, layers: 2, seed: 1)
let history = model.train(target: u, loss: MMD(bandwidths: [1.0]), optimizer: Adam(learningRate: 0.1), steps: 40)
print(history)
print(history.steps, history.losses.count, history.klDivergences.count, history.mmds.count)
print(history.finalLoss, history.finalKLDivergence, history.finalMMD, history.stopReason)
print(history.losses.prefix(3))
