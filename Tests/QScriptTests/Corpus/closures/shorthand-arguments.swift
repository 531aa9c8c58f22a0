// $0, $1 shorthand arguments.
let data = [4, -2, 7, 0, -5]
print(data.map { $0 * $0 })
print(data.filter { $0 > 0 })
print(data.sorted { $0 < $1 })
print(data.reduce(0) { $0 + $1 })
let pairs = [(1, "one"), (3, "three"), (2, "two")]
print(pairs.sorted { $0.0 < $1.0 }.map { $0.1 })
let add: (Int, Int) -> Int = { $0 + $1 }
print(add(40, 2))
