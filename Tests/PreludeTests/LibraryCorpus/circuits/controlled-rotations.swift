// Controlled rotations, Toffoli and Fredkin.
var c = Circuit(qubits: 3)
c.x(0); c.h(1)
c.crx(0.9, 0, 2); c.cry(0.8, 1, 2); c.crz(0.7, 0, 1); c.cphase(0.6, 1, 2)
c.ccx(0, 1, 2); c.cswap(0, 1, 2)
print(c.run().probabilities())
