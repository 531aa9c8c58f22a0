// A 60-qubit GHZ state sampled with the tableau: all zeros or all ones.
var t = Tableau(qubits: 60)
t.h(0)
for q in 0..<59 { t.cnot(q, q + 1) }
let shots = t.sample(shots: 8, seed: 11)
print(shots.map { $0 == 0 ? "0…0" : "1…1" })
print(t.expectation(PauliString.z(0) * .z(59)), t.probability(of: 0))
