// dL/dp must have one entry per basis state.
var c = Circuit(qubits: 2)
let t = c.addParameter("t", value: 0.3)
c.ry(t, 0)
print(c.parameterCount)
print(c.vectorJacobianProduct([1, 0])) // traps here
