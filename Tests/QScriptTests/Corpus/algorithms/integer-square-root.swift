// Integer square root by binary search, checked against .squareRoot().
func isqrt(_ n: Int) -> Int {
    var lo = 0, hi = min(n, 3_037_000_499)
    while lo < hi {
        let mid = (lo + hi + 1) / 2
        if mid * mid <= n { lo = mid } else { hi = mid - 1 }
    }
    return lo
}
for n in [0, 1, 15, 16, 17, 1_000_000, 999_999_999_999, Int.max] {
    print(n, isqrt(n))
}
print(isqrt(99) == Int(Double(99).squareRoot()))
