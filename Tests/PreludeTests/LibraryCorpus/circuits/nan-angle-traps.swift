// An angle that is not a number.
var c = Circuit(qubits: 1)
c.rx(0.5, 0)
print(c.gateCount)
c.ry(Double.nan, 0) // traps here
