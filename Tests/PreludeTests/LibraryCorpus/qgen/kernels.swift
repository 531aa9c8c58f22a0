// Gaussian kernels: bandwidths or variances, integers or bits.
let k = GaussianKernel(bandwidths: [1.0, 2.0])
let v = GaussianKernel(variances: [0.25, 4])
let h = GaussianKernel(bandwidths: [0.5], distance: .hamming)
print(k.bandwidths, v.bandwidths, h.distance == .hamming, k.distance == .integer)
print(k.value(atDistance: 0), k.value(atDistance: 3), h.value(atDistance: 2))
print(v.matrix(bits: 2))
print(h.apply([1, 0, 0, 0, 0, 0, 0, -1]))
