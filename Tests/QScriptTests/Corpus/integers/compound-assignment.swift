// Every compound assignment operator of the subset.
var x = 100
x += 5; print(x)
x -= 15; print(x)
x *= 3; print(x)
x /= 7; print(x)
x %= 10; print(x)
var bits = 0b1100
bits &= 0b1010; print(bits)
bits |= 0b0001; print(bits)
bits ^= 0b1111; print(bits)
bits <<= 4; print(bits)
bits >>= 2; print(bits)
var d = 1.5
d += 1; d *= 4; d -= 0.5; d /= 2
print(d)
