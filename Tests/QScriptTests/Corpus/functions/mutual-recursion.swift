// Two top-level functions calling each other.
func isEven(_ n: Int) -> Bool {
    if n == 0 { return true }
    return isOdd(n - 1)
}
func isOdd(_ n: Int) -> Bool {
    if n == 0 { return false }
    return isEven(n - 1)
}
for n in [0, 1, 4, 7] {
    print(n, isEven(n), isOdd(n))
}
