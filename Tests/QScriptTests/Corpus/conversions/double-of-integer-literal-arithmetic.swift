// Inside Double(...), literal arithmetic keeps Swift's default literal types: the division
// below divides Ints, then converts.
print(Double(10 / 4))
print(Double(1 / 2))
print(Double(2*3 + 1/2))
print(Double(7/2) == 3.5)
print(Double(2)/Double(3/2))
print(Double(-7 / 2))
print(Double(-7 % 3))
print(Double(1 + 2.5))
print(Int(7 / 2), Int(7.0 / 2))
print(Double(-3), Double(4))
