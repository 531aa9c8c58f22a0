// A quantum GAN on Zoufal et al.'s rounded log-normal data, with both encodings.
let data = Datasets.roundedLogNormal(qubits: 2, count: 500, seed: 1)
print(data)
print(Datasets.roundedLogNormal(qubits: 3).probabilities.count)
var gan = QGAN(generator: BornMachine(qubits: 2, ansatz: .ryCZ(reps: 1), seed: 2),
               discriminator: DenseNetwork(sizes: [1, 8, 1], seed: 3), data: data)
print(gan.generator.parameterCount, gan.discriminator.parameterCount, gan.data.bits)
var seen: [Int] = []
let h = gan.train(epochs: 6, discriminatorSteps: 2) { epoch, g, d in seen.append(epoch) }
print(h.epochs, seen)
print(h.generatorLosses.map { ($0 * 1e6).rounded() / 1e6 })
print(h.discriminatorLosses.map { ($0 * 1e6).rounded() / 1e6 })
print(h.relativeEntropies.map { ($0 * 1e6).rounded() / 1e6 }, h.kolmogorovSmirnov.map { ($0 * 1e6).rounded() / 1e6 })
print(gan.discriminatorOutputs().map { ($0 * 1e6).rounded() / 1e6 })
var bits = QGAN(generator: BornMachine(qubits: 2, layers: 1, seed: 1), discriminator: DenseNetwork(sizes: [2, 4, 1], seed: 1),
                data: data, encoding: .bits)
let hb = bits.train(epochs: 3, generatorOptimizer: SGD(learningRate: 0.1), discriminatorOptimizer: Adam(learningRate: 0.02),
                    discriminatorSteps: 1, generatorSteps: 2)
print(hb.epochs)
let explicit = QGAN(generator: BornMachine(qubits: 2, layers: 1), discriminator: DenseNetwork(sizes: [1, 2, 1]), data: data, encoding: .integer)
print(explicit.discriminatorOutputs().count)
