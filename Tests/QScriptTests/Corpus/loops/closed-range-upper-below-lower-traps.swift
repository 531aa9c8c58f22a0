// a...b with b < a traps when the range is formed (use stride for counting down).
func sumUpTo(_ n: Int) -> Int {
    var s = 0
    for i in 1...n { // traps here
        s += i
    }
    return s
}
print(sumUpTo(10))
print(sumUpTo(1))
print(sumUpTo(0))
