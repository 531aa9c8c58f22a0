// String(_:radix:) requires a radix between 2 and 36.
let n = 255
for radix in [2, 16, 36, 37] {
    print(radix, String(n, radix: radix)) // traps here
}
