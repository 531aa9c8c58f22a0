// MMD² estimated from samples, biased and unbiased.
let k = GaussianKernel(bandwidths: [1.0])
let x = Distribution.uniform(qubits: 3).sample(shots: 30, seed: 1)
let y = Datasets.doubleGaussian(qubits: 3).sample(shots: 25, seed: 2)
print(mmd(samples: x, y, qubits: 3, kernel: k))
print(mmd(samples: x, y, qubits: 3, kernel: k, estimator: .biased))
print(mmd(samples: x, y, qubits: 3, kernel: k, estimator: .unbiased))
