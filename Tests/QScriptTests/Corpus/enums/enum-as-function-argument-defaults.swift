// Enum values as parameters with defaults, returned from functions and stored in tuples.
enum Norm { case l1, l2, max }
func norm(_ xs: [Double], _ kind: Norm = .l2) -> Double {
    switch kind {
    case .l1: return xs.reduce(0) { $0 + abs($1) }
    case .l2: return xs.reduce(0) { $0 + $1 * $1 }.squareRoot()
    case .max: return xs.map { abs($0) }.max() ?? 0
    }
}
func best(_ xs: [Double]) -> (Norm, Double) {
    let options: [Norm] = [.l1, .l2, .max]
    var result = (Norm.l1, Double.infinity)
    for o in options where norm(xs, o) < result.1 { result = (o, norm(xs, o)) }
    return result
}
let v = [3.0, -4.0]
print(norm(v), norm(v, .l1), norm(v, .max))
print(best(v))
