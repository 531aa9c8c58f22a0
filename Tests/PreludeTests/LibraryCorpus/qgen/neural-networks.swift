// A small dense network: shapes, outputs, gradients, parameters; every activation.
let activations: [Activation] = [.identity, .relu, .leakyReLU(0.1), .sigmoid, .tanh]
for a in activations {
    let net = DenseNetwork(sizes: [2, 3, 1], hidden: a, output: .sigmoid, seed: 4)
    print(net.callAsFunction([0.5, -1]))
}
var net = DenseNetwork(sizes: [2, 3, 1], seed: 1)
print(net.inputCount, net.outputCount, net.parameterCount)
let (gp, gx) = net.gradient(at: [0.5, -1], outputGradient: [1])
print(gp.count, gx)
net.parameters = [Double](repeating: 0.1, count: net.parameterCount)
print(net([1, 1]), net.callAsFunction([1, 1]), net.parameters.prefix(3))
print(binaryCrossEntropy(0.9, label: 1), binaryCrossEntropy(0.9, label: 0))
