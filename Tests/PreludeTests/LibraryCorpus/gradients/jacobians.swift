// The Jacobian of the probabilities, exact and estimated.
var c = Circuit(qubits: 2)
let ps = c.addParameters(2, values: [0.4, 0.9])
c.ry(ps[0], 0); c.ry(ps[1], 1); c.cnot(0, 1)
let j = c.parameterShiftJacobian()
print(j.count, j[0].count)
print(j.map { row in row.map { ($0 * 1e12).rounded() / 1e12 } })
let noisy = c.parameterShiftJacobian(shots: 400, seed: 2, parameters: [0.4, 0.9])
print(noisy)
