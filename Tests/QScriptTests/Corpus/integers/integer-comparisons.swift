// Comparison operators produce Bools.
let a = 5, b = 8
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(5 <= 5, 5 >= 6)
let sorted = [1, 2, 2, 3]
var nonDecreasing = true
for i in 1..<sorted.count where sorted[i - 1] > sorted[i] {
    nonDecreasing = false
}
print(nonDecreasing)
print(Int.max > Int.max - 1)
