// Overflow deep inside a recursion is reported on the recursive line.
func power(_ base: Int, _ e: Int) -> Int {
    if e == 0 { return 1 }
    return base * power(base, e - 1) // traps here
}
print(power(2, 10))
print(power(10, 18))
print(power(10, 19))
