// Double(n) is exact for small Ints; Int(x) truncates toward zero.
let n = 7
let x = Double(n) / 2
print(x, Int(x))
print(Int(-3.99), Int(3.99), Int(0.5), Int(-0.5))
let counts = [3, 1]
let total = counts.reduce(0) { $0 + $1 }
let fractions = counts.map { Double($0) / Double(total) }
print(fractions)
print(Int(1e15), Int(-2.0e3))
print(Double(Int.max) == 9.223372036854775807e18)
