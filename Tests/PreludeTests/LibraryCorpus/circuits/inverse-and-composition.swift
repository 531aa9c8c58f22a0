// Inverse, composition with +, append(contentsOf:), and binding parameters.
var a = Circuit(qubits: 2)
let t = a.addParameter("t", value: 0.7)
a.h(0); a.ry(t, 1); a.cnot(0, 1)
var b = Circuit(qubits: 2)
b.x(1); b.rz(0.3, 0)
let both = a + b
print(both.gateCount, both.parameterCount)
var joined = a
joined.append(contentsOf: b)
print(joined.gateCount, joined.run().probabilities() == both.run().probabilities())
let undone = (a + a.inverse()).run()
print(undone.probabilities().map { ($0 * 1e9).rounded() / 1e9 })
print(a.bound().parameterCount, a.bound(to: [0.0]).run().probabilities())
