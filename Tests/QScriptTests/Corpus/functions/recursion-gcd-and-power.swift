// Euclid's algorithm and fast exponentiation by squaring.
func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : gcd(b, a % b)
}
func power(_ base: Int, _ exponent: Int) -> Int {
    if exponent == 0 { return 1 }
    let half = power(base, exponent / 2)
    return exponent % 2 == 0 ? half * half : half * half * base
}
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
print(power(2, 10), power(3, 13), power(7, 0))
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
print(lcm(4, 6), lcm(21, 6))
