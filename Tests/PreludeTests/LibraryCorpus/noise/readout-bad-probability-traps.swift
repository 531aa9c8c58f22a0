// A readout error probability above one: made freely, refused when used.
let good = ReadoutError(0.1)
print(good.p01, good.p10)
let bad = ReadoutError(p01: 0.1, p10: 1.2)
print(bad.p10)
print(bad.apply(to: [1, 0], qubits: 1)) // traps here
