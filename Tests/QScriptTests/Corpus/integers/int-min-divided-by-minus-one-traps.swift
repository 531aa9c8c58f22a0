// Int.min / -1 overflows: the only division that traps with a non-zero divisor.
var divisors = [2, -2, -1]
var numerator = -Int.max - 1
for d in divisors {
    print(numerator, "/", d, "=", terminator: " ")
    print(numerator / d) // traps here
}
