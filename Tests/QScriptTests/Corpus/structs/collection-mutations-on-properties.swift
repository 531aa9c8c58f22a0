// In-place collection methods on struct properties: sort, reverse, insert, remove, dictionary updates.
struct Register { var values: [Int]; var names: [String: Int] = [:] }
var r = Register(values: [5, 3, 8, 1])
r.values.sort()
print(r.values)
r.values.reverse()
r.values.insert(10, at: 1)
let removed = r.values.remove(at: 3)
print(r.values, removed)
r.names["a"] = 1
r.names["b", default: 0] += 5
r.names["a"]! *= 7
r.values.removeAll { $0 > 6 }
r.values.append(contentsOf: [0, 0])
print(r.values, r.names.keys.sorted(), r.names["a"]!, r.names["b"]!)
print(r.values.count, r.names.count)
