// Pauli strings: building, parsing, products.
let zz = PauliString.z(0) * .z(1)
let xy = PauliString([0: .x, 2: .y], coefficient: 0.5)
print(zz, xy, PauliString.identity)
print(xy.support, xy.coefficient, xy.isHermitian, xy.phase)
let f = xy.factors
for q in f.keys.sorted() { print(q, f[q]!.rawValue) }
if let parsed = PauliString("XZY") { print(parsed) }
print(PauliString("XQ") == nil)
