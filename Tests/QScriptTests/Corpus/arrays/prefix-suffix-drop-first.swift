// prefix, suffix and dropFirst return slices; they print like arrays.
let a = [10, 20, 30, 40, 50]
print(a.prefix(2), a.suffix(2), a.dropFirst(), a.dropFirst(3))
print(a.prefix(10), a.suffix(0), a.dropFirst(9))
print(a.prefix(3).reduce(0) { $0 + $1 }, a.suffix(2).map { $0 / 10 })
let tail = a.dropFirst()
print(tail.first!, tail.count, tail.contains(10))
