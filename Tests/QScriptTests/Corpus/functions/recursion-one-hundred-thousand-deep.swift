// A simple recursive function 100,000 calls deep runs in a compiled program (its stack
// overflows between 120,000 and 140,000 calls), so it runs in a cell too.
func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
print(depth(100_000))
