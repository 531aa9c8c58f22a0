// The losses: MMD in its three forms, the likelihood, and a cell's own.
let target = Distribution.uniform(qubits: 2)
let losses: [Loss] = [MMD(), MMD(bandwidths: [0.5], distance: .hamming), MMD(variances: [0.25, 4]),
                      MMD(kernel: GaussianKernel(bandwidths: [2])), MMD(bandwidths: [1], shots: 100), NegativeLogLikelihood(),
                      NegativeLogLikelihood(floor: 1e-6)]
for loss in losses { print(loss.shots == nil) }
print((MMD(variances: [4]) ).kernel.bandwidths)
let squared = CustomLoss(name: "squared") { p, q in
    var v = 0.0
    var g = [Double](repeating: 0, count: p.count)
    for i in 0..<p.count { v += (p[i] - q[i]) * (p[i] - q[i]); g[i] = 2 * (p[i] - q[i]) }
    return (v, g)
}
var m = BornMachine(qubits: 2, layers: 1, seed: 4)
print(m.lossGradient(target: target, loss: squared).value)
print(m.lossGradient(target: target, loss: NegativeLogLikelihood(), seed: 0).gradient.count)
