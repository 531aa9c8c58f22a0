// Parameter-shift gradients, exact and from shots.
var c = Circuit(qubits: 1)
let t = c.addParameter("t", value: 0.8)
c.rx(t, 0)
let obs = Observable(PauliString.z(0))
print(c.parameterShiftGradient(of: obs))
print(c.parameterShiftGradient(of: obs, parameters: [0.2]))
print(c.parameterShiftGradient(of: obs, shots: 2000, seed: 4))
print(c.estimateExpectation(obs, shots: 500, seed: 9))
