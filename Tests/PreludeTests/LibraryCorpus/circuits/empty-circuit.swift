// An empty circuit leaves |0...0> alone.
let c = Circuit(qubits: 3)
print(c.gateCount, c.depth, c.run().probabilities())
print(c.inverse().gateCount, (c + c).gateCount)
