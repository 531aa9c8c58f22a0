// reversed() and indices. Printed directly, a.reversed() would show its wrapper type,
// so the elements are collected or mapped into an array first.
let a = [1, 2, 3, 4]
var r: [Int] = []
for x in a.reversed() { r.append(x) }
print(r)
print(a.reversed().map { $0 * 10 })
var idx: [Int] = []
for i in a.indices { idx.append(i) }
print(idx, a.indices.count)
let empty: [Int] = []
print(empty.reversed().map { $0 }, empty.indices.isEmpty)
