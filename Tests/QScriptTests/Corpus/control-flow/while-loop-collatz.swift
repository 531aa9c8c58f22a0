// The Collatz sequence with a while loop.
func collatz(_ start: Int) -> [Int] {
    var n = start
    var path = [n]
    while n != 1 {
        if n % 2 == 0 {
            n /= 2
        } else {
            n = 3 * n + 1
        }
        path.append(n)
    }
    return path
}
print(collatz(6))
var longest = (start: 1, steps: 0)
var s = 1
while s < 30 {
    let steps = collatz(s).count - 1
    if steps > longest.steps { longest = (s, steps) }
    s += 1
}
print(longest)
