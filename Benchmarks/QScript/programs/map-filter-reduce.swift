let xs = Array(0..<100_000)
let total = xs.map { $0 * 3 }.filter { $0 % 2 == 0 }.reduce(0, +)
print(total)
