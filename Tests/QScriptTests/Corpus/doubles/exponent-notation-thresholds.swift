// Where Swift switches to exponent notation: below 1e-4 and from 1e16 up.
print(0.001, 0.0001, 0.00001, 0.000012345)
print(1e15, 9999999999999998.0, 1e16, 1.5e16)
print(123456789.0, 1234567890123.0)
print(1e100, 1e-100, 5e-324)
print(-1e-05, -1e16)
var x = 1.0
for _ in 0..<4 {
    x /= 10
}
print(x, x / 10)
