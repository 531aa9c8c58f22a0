// What a circuit knows about itself.
var c = Circuit(qubits: 3)
c.h(0); c.h(1); c.cnot(0, 1); c.cnot(1, 2); c.t(2); c.t(2)
print(c.qubits, c.gateCount, c.depth)
let counts = c.gateCounts
for name in counts.keys.sorted() { print(name, counts[name]!) }
print(c.parameterCount, c.parameterNames, c.parameterUses)
