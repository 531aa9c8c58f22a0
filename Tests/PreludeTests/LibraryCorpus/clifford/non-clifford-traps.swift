// A T gate has no stabilizer tableau.
var c = Circuit(qubits: 1)
c.h(0); c.t(0)
print(c.gateCount)
let t = Tableau(c) // traps here
print(t.qubits)
