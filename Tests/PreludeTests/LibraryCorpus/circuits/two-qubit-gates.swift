// Entangling gates: CNOT (cx and cnot), CZ, CY, CH, SWAP, and the Ising couplings.
var c = Circuit(qubits: 3)
c.h(0); c.cx(0, 1); c.cnot(1, 2); c.cz(0, 2); c.cy(2, 1); c.ch(1, 0); c.swap(0, 2)
c.xx(0.4, 0, 1); c.yy(0.5, 1, 2); c.zz(0.6, 0, 2)
let psi = c.run()
print(psi.probabilities().map { ($0 * 1e6).rounded() / 1e6 })
print(c.gateCount, c.depth)
