// Operations on empty arrays that do not trap.
let e: [Int] = []
print(e.map { $0 * 2 }, e.filter { $0 > 0 }, e.reduce(0) { $0 + $1 })
print(e.sorted(), e.reversed().map { $0 }, e.first, e.min())
print(e.prefix(3), e.dropFirst(), e.contains(1), e.firstIndex(of: 1))
print(e.compactMap { $0 }, e.flatMap { [$0] })
var f = e
f.append(1)
print(f, e)
