// keys and values are in an unspecified order: sort them or reduce them.
let populations = ["basel": 178, "bern": 134, "zurich": 421]
print(populations.keys.sorted())
print(populations.values.sorted())
let total = populations.values.reduce(0) { $0 + $1 }
print(total)
print(populations.keys.count, populations.values.contains(134))
let biggest = populations.keys.sorted { populations[$0]! > populations[$1]! }.first!
print(biggest)
