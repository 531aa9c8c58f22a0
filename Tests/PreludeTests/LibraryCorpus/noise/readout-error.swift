// Readout errors mix the probabilities of each measured bit.
var r = ReadoutError(p01: 0.1, p10: 0.2)
print(r.p01, r.p10)
print(r.apply(to: [1, 0, 0, 0], qubits: 2))
r.p01 = 0
r.p10 = 0.5
print(r.apply(to: [0, 0, 0, 1], qubits: 2))
print(ReadoutError(0.05).apply(to: [0.5, 0.5], qubits: 1))
