// Nested enum patterns with where clauses, as a tiny gate simplifier would use.
enum Axis { case x, y, z }
enum Op {
    case rot(Axis, Double)
    case flip(Axis)
    case controlled(control: Int, target: Int)
}
func describe(_ op: Op) -> String {
    switch op {
    case .rot(_, let t) where t == 0: return "identity"
    case .rot(.z, let t) where t < 0: return "negative z rotation by \(-t)"
    case .rot(.z, let t): return "z rotation by \(t)"
    case .rot(let a, let t): return "\(a) rotation by \(t)"
    case .flip(.x): return "NOT"
    case .flip(let a): return "flip about \(a)"
    case .controlled(let c, let t) where c == t: return "invalid"
    case .controlled(control: let c, target: let t): return "CNOT \(c)->\(t)"
    }
}
let ops: [Op] = [.rot(.x, 0), .rot(.z, -0.5), .rot(.z, 1.25), .rot(.y, 2),
                 .flip(.x), .flip(.z), .controlled(control: 1, target: 1), .controlled(control: 0, target: 2)]
for op in ops { print(describe(op)) }
