// OpenQASM 2.0 out, with and without measurements.
var c = Circuit(qubits: 2)
c.h(0); c.cnot(0, 1); c.rz(3.141592653589793 / 2, 1); c.u3(0.1, 0.2, 0.3, 0)
print(c.qasm())
print(c.qasm(measure: true))
