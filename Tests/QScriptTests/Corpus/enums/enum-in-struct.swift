// Enums inside structs and arrays of structs: value semantics hold.
enum Spin: Int { case down = -1, up = 1 }
struct Site {
    var spin: Spin
    var field: Double
    var energy: Double { -field * Double(spin.rawValue) }
}
var chain = [Site(spin: .up, field: 0.5), Site(spin: .down, field: 1.0), Site(spin: .up, field: -0.25)]
let before = chain
chain[1].spin = .up
print(chain.map { $0.energy }, before.map { $0.energy })
print(chain[0])
print(before[1].spin, chain[1].spin)
let magnetisation = chain.reduce(0) { $0 + $1.spin.rawValue }
print(magnetisation)
