// The stabilizer tableau: gates, probabilities, expectations.
var t = Tableau(qubits: 3)
t.h(0); t.cnot(0, 1); t.cnot(1, 2); t.s(2); t.swap(0, 2)
print(t.qubits)
print(t.probability(of: 0), t.probability(of: 7), t.probability(of: 1))
print(t.expectation(PauliString.z(0) * .z(1)), t.expectation(PauliString.x(0) * .x(1) * .x(2)))
print(t.sample(shots: 10, seed: 3))
