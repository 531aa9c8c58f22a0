// Memoisation with a dictionary captured by a nested function.
func fibonacci(_ n: Int) -> Int {
    var memo: [Int: Int] = [0: 0, 1: 1]
    func fib(_ k: Int) -> Int {
        if let known = memo[k] { return known }
        let value = fib(k - 1) + fib(k - 2)
        memo[k] = value
        return value
    }
    return fib(n)
}
print((0...15).map { fibonacci($0) })
print(fibonacci(90))
