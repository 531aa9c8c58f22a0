// L-BFGS on bars and stripes, with its history.
let target = Datasets.barsAndStripes(rows: 2, cols: 2)
var m = BornMachine(qubits: 4, ansatz: .liuWang(depth: 3, entangler: .chowLiu(target)), seed: 3)
let h = m.train(target: target, loss: MMD(variances: [0.25, 4]), optimizer: LBFGS(), steps: 60)
print(h.steps, h.stopReason, (h.finalKLDivergence * 1e6).rounded() / 1e6)
print((validFraction(m.distribution, validFor: target) * 1e6).rounded() / 1e6)
