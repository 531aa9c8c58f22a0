// An enum property inside a struct prints qualified with the module.
enum Spin { case up, down }
enum Basis: String { case z, x }
struct Particle { var id: Int; var spin: Spin; var basis: Basis; var label: Character }
var p = Particle(id: 1, spin: .up, basis: .x, label: "a")
print(p)
p.spin = .down
print(p, p.spin, p.basis.rawValue)
let ps = [p, Particle(id: 2, spin: .up, basis: .z, label: "b")]
print(ps.filter { $0.spin == .up }.map { $0.id })
print(ps.map { $0.label })
