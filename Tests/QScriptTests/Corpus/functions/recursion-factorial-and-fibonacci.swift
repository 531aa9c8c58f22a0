// Classic recursion.
func factorial(_ n: Int) -> Int {
    if n <= 1 {
        return 1
    }
    return n * factorial(n - 1)
}
func fib(_ n: Int) -> Int {
    n < 2 ? n : fib(n - 1) + fib(n - 2)
}
for n in 0...10 {
    print(n, factorial(n), fib(n))
}
print(factorial(20))
