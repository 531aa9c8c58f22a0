// repeat-while runs its body at least once.
var n = 0
repeat {
    print("body runs with n =", n)
    n += 1
} while n < 0
// Digits of a number, least significant first; works for zero too.
func digits(_ value: Int) -> [Int] {
    var v = value
    var out: [Int] = []
    repeat {
        out.append(v % 10)
        v /= 10
    } while v > 0
    return out
}
print(digits(0), digits(9051))
