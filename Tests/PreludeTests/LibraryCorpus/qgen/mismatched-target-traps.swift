// A target over a different number of bits.
var m = BornMachine(qubits: 2, layers: 1)
print(m.parameterCount)
let h = m.train(target: .uniform(qubits: 3)) // traps here
print(h.steps)
