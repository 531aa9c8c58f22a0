// Division of Doubles never traps, even by zero.
print(7.5 / 2, -7.5 / 2)
var zero = 0.0
print(1.0 / zero, -1.0 / zero, (0.0 / zero).isNaN)
zero = -zero
print(1.0 / zero)
let ratio = 22.0 / 7.0
print(ratio, ratio * 7)
var halvings = 0
var v = 1.0
while v > 0 {
    v /= 2
    halvings += 1
}
print(halvings)
