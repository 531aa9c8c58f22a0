// Estimated gradients need at least one shot.
var c = Circuit(qubits: 1)
let t = c.addParameter("t", value: 0.5)
c.rx(t, 0)
print(c.parameterShiftGradient(of: Observable(PauliString.z(0)), shots: 10, seed: 1))
print(c.parameterShiftGradient(of: Observable(PauliString.z(0)), shots: 0, seed: 1)) // traps here
