// Every single-qubit gate on |0> and |1>, by its probabilities and amplitudes.
var c = Circuit(qubits: 1)
c.x(0); c.y(0); c.z(0); c.h(0); c.s(0); c.sdg(0); c.t(0); c.tdg(0); c.sx(0); c.sxdg(0); c.id(0)
let psi = c.run()
print(psi.probabilities())
print(psi.amplitude(0), psi.amplitude(1))
print(c.gateCount, c.depth, c.qubits)
