// A kernel applies to vectors over 2ⁿ outcomes.
let k = GaussianKernel(bandwidths: [1])
print(k.apply([1, 0]))
print(k.apply([1, 0, 0])) // traps here
