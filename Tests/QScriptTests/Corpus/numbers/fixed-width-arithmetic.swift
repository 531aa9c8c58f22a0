// Arithmetic, bit operations and shifts on UInt8 and Int8: literals take the variable's type.
let a: UInt8 = 200
let b: UInt8 = 55
print(a + b, a &+ 100, a / 3, a % 7, a & 0x0F, a | 1, a ^ 0xFF, ~a)
print(a >> 2, a << 1, a &<< 9, a &>> 10)
let c: Int8 = -100
print(c - 28, c * -1, -c, c / 7, c % 7, c >> 1, ~c)
print(Int8.min, Int8.max, UInt16.max, UInt32.max, UInt64.max, Int64.min, UInt.max)
