// A mutating method assigns to self; the variable changes, a copy does not.
enum Phase: CaseIterable {
    case one, i, minusOne, minusI
    mutating func rotate() {
        switch self {
        case .one: self = .i
        case .i: self = .minusOne
        case .minusOne: self = .minusI
        case .minusI: self = .one
        }
    }
}
var p = Phase.one
let start = p
for _ in 0..<3 { p.rotate() }
print(p, start)
var ps: [Phase] = [.one, .i]
ps[1].rotate()
ps[0].rotate()
print(ps)
var table: [String: Phase] = ["a": .minusI]
table["a", default: .one].rotate()
table["b", default: .one].rotate()
print(table["a"]!, table["b"]!)
