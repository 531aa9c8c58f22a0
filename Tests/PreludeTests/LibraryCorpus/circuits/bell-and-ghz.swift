// Bell and GHZ states and their correlations.
for n in 2...4 {
    var c = Circuit(qubits: n)
    c.h(0)
    for q in 0..<(n - 1) { c.cnot(q, q + 1) }
    let psi = c.run()
    print(n, psi.probabilities().filter { $0 > 0 }, psi.expectation(.z(0) * .z(n - 1)))
}
