// Parameter values are read and written through the circuit.
var c = Circuit(qubits: 1)
let ps = c.addParameters(3, prefix: "w", values: [0.1, 0.2, 0.3])
c.rx(ps[0], 0); c.ry(ps[1], 0); c.rz(ps[2], 0)
print(c.parameterNames, c.parameterValues)
c.parameterValues = [1.0, 2.0, 3.0]
print(c.parameterValues, c.run().probabilities())
print(c.run(parameters: [0, 0, 0]).probabilities())
let named = c.addParameters(2)
print(named.map { $0.index }, c.parameterNames)
