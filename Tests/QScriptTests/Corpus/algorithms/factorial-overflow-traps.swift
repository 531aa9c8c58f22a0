// Factorials grow past Int.max at 21!, where the multiplication traps.
func factorial(_ n: Int) -> Int {
    var r = 1
    for i in 1...n {
        r *= i // traps here
    }
    return r
}
for n in stride(from: 5, through: 25, by: 5) {
    print(n, factorial(n))
}
