// A switch over an Any value by its type.
func describe(_ x: Any) -> String {
    switch x {
    case let i as Int where i < 0: return "negative int \(i)"
    case let i as Int: return "int \(i)"
    case let d as Double: return "double \(d)"
    case is String: return "a string"
    case let xs as [Int]: return "ints summing to \(xs.reduce(0, +))"
    default: return "something else: \(x)"
    }
}
let things: [Any] = [-4, 7, 2.5, "hi", [1, 2, 3], true]
for t in things { print(describe(t)) }
