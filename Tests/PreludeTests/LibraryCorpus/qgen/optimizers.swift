// Adam, SGD and L-BFGS; a loop written by hand with step(_:gradient:).
var adam = Adam(learningRate: 0.05, beta1: 0.8, beta2: 0.99, epsilon: 1e-7, amsgrad: true)
var sgd = SGD(learningRate: 0.1, momentum: 0.5, nesterov: true)
var x = [1.0, -2.0], y = [1.0, -2.0]
for _ in 0..<3 {
    x = adam.step(x, gradient: x.map { 2 * $0 })
    y = sgd.step(y, gradient: y.map { 2 * $0 })
}
print(x, y, adam.steps, adam.learningRate, sgd.learningRate)
let lbfgs = LBFGS(memory: 5, gradientTolerance: 1e-8)
print(lbfgs.iterations, lbfgs.evaluations)
var m = BornMachine(qubits: 2, layers: 1, seed: 1)
let h = m.train(target: .uniform(qubits: 2), optimizer: SGD(learningRate: 0.5), steps: 10)
print(h.finalLoss < h.losses[0])
