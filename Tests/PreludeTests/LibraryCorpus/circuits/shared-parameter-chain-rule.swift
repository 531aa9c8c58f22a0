// A parameter used by two gates: its gradient adds both contributions.
var c = Circuit(qubits: 1)
let t = c.addParameter("t", value: 0.3)
c.ry(t, 0); c.ry(2 * t, 0)
let (e, g) = c.expectationGradient(of: .z(0))
print(e, g)
let h = 1e-6
let plus = c.run(parameters: [0.3 + h]).expectation(.z(0)), minus = c.run(parameters: [0.3 - h]).expectation(.z(0))
print(abs((plus - minus) / (2 * h) - g[0]) < 1e-8)
