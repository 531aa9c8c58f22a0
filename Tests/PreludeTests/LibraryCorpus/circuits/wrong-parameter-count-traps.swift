// Running with the wrong number of parameter values.
var c = Circuit(qubits: 1)
let t = c.addParameter("t", value: 0.1)
c.rx(t, 0)
print(c.run(parameters: [0.2]).probabilities())
print(c.run(parameters: [0.2, 0.3]).probabilities()) // traps here
