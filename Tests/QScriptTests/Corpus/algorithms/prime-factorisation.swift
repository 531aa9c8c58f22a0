// Trial division factorisation, printed as p^k terms.
func factorise(_ value: Int) -> [(prime: Int, power: Int)] {
    var n = value
    var result: [(prime: Int, power: Int)] = []
    var p = 2
    while p * p <= n {
        var k = 0
        while n % p == 0 {
            n /= p
            k += 1
        }
        if k > 0 { result.append((p, k)) }
        p += 1
    }
    if n > 1 { result.append((n, 1)) }
    return result
}
for n in [2, 12, 97, 360, 1001, 1 << 10, 600851475143] {
    let terms = factorise(n).map { $0.power == 1 ? "\($0.prime)" : "\($0.prime)^\($0.power)" }
    print(n, "=", terms.joined(separator: " * "))
}
