// A training loop by hand: adjoint gradients and plain gradient descent.
var c = Circuit(qubits: 1)
let t = c.addParameter("t", value: 0.1)
c.ry(t, 0)
var values = [0.1]
for step in 0..<5 {
    let (e, g) = c.expectationGradient(of: .z(0), parameters: values)
    values[0] -= 0.5 * g[0]
    print(step, e)
}
print(values)
