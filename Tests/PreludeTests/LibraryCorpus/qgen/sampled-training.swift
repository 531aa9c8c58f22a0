// Training from shots with parameter-shift gradients.
var m = BornMachine(qubits: 2, layers: 2, seed: 5)
let h = m.train(target: .uniform(qubits: 2), loss: MMD(bandwidths: [1.0], shots: 200), optimizer: Adam(learningRate: 0.1), steps: 15, seed: 7)
print(h.losses.count, h.finalMMD < h.mmds[0])
print(h.losses.map { ($0 * 1e6).rounded() / 1e6 })
