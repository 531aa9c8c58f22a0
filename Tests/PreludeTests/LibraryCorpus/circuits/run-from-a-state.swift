// Running from a given state, with and without parameter values.
var c = Circuit(qubits: 2)
let t = c.addParameter("t", value: 0.5)
c.ry(t, 0); c.cnot(0, 1)
let start = StateVector(amplitudes: [0.6, 0.8, 0, 0])
print(c.run(from: start).probabilities())
print(c.run(from: start, parameters: [1.5]).probabilities())
