// Enums inside enums, matched with nested patterns.
enum Basis { case z, x }
enum Op {
    case measure(Basis, qubit: Int)
    case reset(Int)
}
let program: [Op] = [.measure(.z, qubit: 0), .reset(1), .measure(.x, qubit: 2)]
for op in program {
    switch op {
    case .measure(.z, let q): print("Z-measure", q)
    case .measure(.x, qubit: let q): print("X-measure", q)
    case .reset(let q): print("reset", q)
    }
}
print(program)
