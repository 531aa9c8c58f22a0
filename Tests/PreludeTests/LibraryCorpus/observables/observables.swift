// Observables: sums of Pauli strings, built in every way.
let a = PauliString.z(0) + PauliString.z(1)
let b = Observable(PauliString.x(0))
let c = Observable([PauliString.z(0), 0.5 * PauliString.x(1)])
print(a, b, c)
let d = 2.0 * a + b
let e = d + PauliString.y(0)
let f = PauliString.y(1) + c
let g = e - PauliString.z(0)
let h = PauliString.x(0) - PauliString.x(1)
print(d.terms.count, e.terms.count, f, g, h)
var o = Observable(PauliString.identity)
o.terms = [PauliString.z(0)]
print(o)
