// first, last, min, max, popLast and lookups give nil on empty collections.
var xs: [Int] = []
print(xs.first as Any, xs.last as Any, xs.min() as Any, xs.max() as Any, xs.popLast() as Any)
print(xs.firstIndex(of: 1) as Any, xs.first { $0 > 0 } as Any, "".first as Any)
xs = [4, -2, 9]
print(xs.first!, xs.last!, xs.min()!, xs.max()!)
let d: [String: Int] = [:]
print(d["k"] as Any, d.first as Any, d.keys.sorted().first as Any)
let biggest = xs.max() ?? Int.min
let smallestPositive = xs.filter { $0 > 0 }.min() ?? 0
print(biggest, smallestPositive, (xs.popLast() ?? 0) + 1, xs)
