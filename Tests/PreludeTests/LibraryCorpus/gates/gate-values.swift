// Gates as values: names, sizes, angles.
let gates: [Gate] = [.h, .x, .y, .z, .s, .sdg, .t, .tdg, .sx, .sxdg, .swap, .identity]
for g in gates { print(g.name, g.qubitCount) }
let rotations: [Gate] = [.rx(0.1), .ry(0.2), .rz(0.3), .phase(0.4), .xx(0.5), .yy(0.6), .zz(0.7), .u3(0.1, 0.2, 0.3)]
for g in rotations { print(g.name, g.qubitCount, g.angles.map { $0.value([]) }) }
let u = Gate.unitary([[Complex(0), Complex(1)], [Complex(1), Complex(0)]])
print(u.name, u.qubitCount)
