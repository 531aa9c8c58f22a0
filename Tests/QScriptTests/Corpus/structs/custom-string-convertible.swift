// CustomStringConvertible: printing, interpolation and collections show the type's description.
struct Point: CustomStringConvertible, Equatable {
    var x: Double, y: Double
    var description: String { "(\(x), \(y))" }
}
enum Spin: CustomStringConvertible {
    case up, down
    var description: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        }
    }
}
struct Register: CustomStringConvertible {
    var spins: [Spin]
    var description: String { spins.map { $0.description }.joined() }
}
let p = Point(x: 1, y: 2.5)
print(p, [p], "at \(p)", String(describing: p), String(reflecting: p))
print(Spin.up, [Spin.up, .down], Optional(Spin.down) as Any, (p, Spin.up))
print(Register(spins: [.up, .down, .up]))
let d: [String: Point] = ["a": p]
print(d, [Optional(p), nil])
debugPrint(p)
