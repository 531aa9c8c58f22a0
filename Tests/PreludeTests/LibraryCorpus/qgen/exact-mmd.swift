// Exact MMD² with the default, chosen and given kernels.
let u = Distribution.uniform(qubits: 3)
let d = Datasets.doubleGaussian(qubits: 3)
print(mmd(u, d), mmd(u, d, bandwidths: [0.5, 4]))
print(mmd(u, d, kernel: GaussianKernel(bandwidths: [1], distance: .hamming)))
print(mmd(u, u))
