// A channel probability outside [0, 1].
var rho = DensityMatrix(qubits: 1)
print(rho.trace)
rho.apply(.depolarizing(1.5), on: 0) // traps here
