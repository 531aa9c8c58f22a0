// The discriminator must read one input per bit for the bit encoding.
let data = Datasets.roundedLogNormal(qubits: 2, count: 100, seed: 1)
print(data.bits)
let gan = QGAN(generator: BornMachine(qubits: 2, layers: 1), discriminator: DenseNetwork(sizes: [1, 4, 1]), data: data, encoding: .bits) // traps here
print(gan.data.bits)
