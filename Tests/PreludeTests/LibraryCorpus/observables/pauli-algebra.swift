// Products pick up phases; scalars multiply coefficients.
let xy = PauliString.x(0) * .y(0)
print(xy, xy.phase, xy.isHermitian)
let scaled = 2.0 * PauliString.y(1)
let other = PauliString.x(1) * 3.0
print(scaled, other, -scaled)
var p = PauliString.z(2)
p.coefficient = 0.25
print(p)
