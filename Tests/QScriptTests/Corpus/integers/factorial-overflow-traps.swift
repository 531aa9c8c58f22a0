// 21! no longer fits in 64 bits.
func factorial(_ n: Int) -> Int {
    var result = 1
    for k in 2...max(n, 2) {
        result *= k // traps here
    }
    return result
}
for n in [5, 10, 20, 21] {
    print(n, factorial(n))
}
