// A bandwidth must be positive.
let k = GaussianKernel(bandwidths: [0.5])
print(k.bandwidths)
let bad = GaussianKernel(bandwidths: [0.0]) // traps here
print(bad.bandwidths)
