// Exact parameter shifts agree with the adjoint gradient.
var c = Circuit(qubits: 2)
let ps = c.addParameters(3, values: [0.2, -0.4, 1.1])
c.rx(ps[0], 0); c.cry(ps[1], 0, 1); c.zz(ps[2], 0, 1); c.h(1)
let obs = Observable([PauliString.z(0) * .z(1), PauliString.x(1)])
let adjoint = c.expectationGradient(of: obs).gradient
let shift = c.parameterShiftGradient(of: obs)
print(zip(adjoint, shift).map { abs($0 - $1) < 1e-12 })
