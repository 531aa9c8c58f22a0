// A mutating method of the cell's own type called through an optional chain changes the
// wrapped value in place, and does nothing (not even evaluate its arguments) on nil.
enum Phase { case one, i
    mutating func rotate() { self = self == .one ? .i : .one }
}
struct Counter { var n = 0
    mutating func bump(by k: Int = 1) -> Int { n += k; return n }
}
var table: [String: Phase] = ["a": .one]
table["a"]?.rotate()
table["b"]?.rotate()
print(table["a"]!, table.count)
var c: Counter? = Counter()
print(c?.bump() as Any, c?.bump(by: 5) as Any, c!.n)
c = nil
print(c?.bump() as Any)
