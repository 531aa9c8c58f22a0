// Integer literals adapt to a Double context; Int values do not.
let theta = 0.25
print(2 * theta, theta * 4, theta / 2 + 1)
let n = 3
print(Double(n) * theta)
let half: Double = 1 / 2
let intHalf = 1 / 2
print(half, intHalf)
let mixed = 7 / 2 * 2.0
print(mixed)
print(10 / 4, 10 / 4.0, 10.0 / 4)
