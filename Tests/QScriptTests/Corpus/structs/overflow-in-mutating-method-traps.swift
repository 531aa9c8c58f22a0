// An overflow inside a mutating method traps there; earlier output stays.
struct Accumulator {
    var total: Int
    mutating func add(_ x: Int) {
        total += x // traps here
    }
}
var acc = Accumulator(total: Int.max - 1)
acc.add(1)
print(acc.total)
acc.add(1)
