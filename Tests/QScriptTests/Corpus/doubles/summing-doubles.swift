// Summation order changes the last digits.
var forward = 0.0
for i in 1...1000 {
    forward += 1.0 / Double(i)
}
var backward = 0.0
for i in stride(from: 1000, through: 1, by: -1) {
    backward += 1.0 / Double(i)
}
print(forward)
print(backward)
print(forward == backward)
let tenths = Array(repeating: 0.1, count: 10)
print(tenths.reduce(0, { $0 + $1 }))
