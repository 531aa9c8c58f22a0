// Lazy sequences run their closures at each access; the cell language refuses them.
let xs = [1, 2, 3]
let m = xs.lazy.map { $0 * 2 }
print(m)
print(Array(m), m.count, m.first as Any)
let f = xs.lazy.filter { $0 > 1 }
print(f, Array(f))
print(xs.lazy)
for v in m { print(v, terminator: " ") }
