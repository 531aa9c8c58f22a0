// Seeded samples and counts, printed in a fixed order.
var c = Circuit(qubits: 2)
c.h(0); c.ry(0.9, 1)
let psi = c.run()
let shots = psi.sample(shots: 20, seed: 7)
print(shots)
let counts = psi.counts(shots: 1000, seed: 3)
for key in counts.keys.sorted() { print(key, counts[key]!) }
let tallied = StateVector.counts(of: shots, qubits: 2)
for key in tallied.keys.sorted() { print(key, tallied[key]!) }
print(StateVector.bitstring(5, qubits: 4))
