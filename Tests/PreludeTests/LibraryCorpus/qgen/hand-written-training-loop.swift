// The training loop written in the cell: loss, gradient, optimizer step, new parameters.
let target = Distribution.uniform(qubits: 2)
var m = BornMachine(qubits: 2, layers: 2, seed: 2)
var opt = Adam(learningRate: 0.1)
var params = m.parameters
var losses: [Double] = []
for _ in 0..<30 {
    let (loss, gradient) = m.lossGradient(target: target, loss: MMD())
    losses.append(loss)
    params = opt.step(params, gradient: gradient)
    m.parameters = params
}
print(losses.first!, losses.last!, opt.steps)
var again = BornMachine(qubits: 2, layers: 2, seed: 2)
print(again.train(target: target, steps: 30).losses == losses)
