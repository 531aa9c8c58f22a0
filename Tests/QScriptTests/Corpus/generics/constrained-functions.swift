// Generic functions constrained to Comparable, Equatable and Hashable, used with several types.
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
func occurrences<T: Equatable>(of x: T, in xs: [T]) -> Int {
    var n = 0
    for y in xs where y == x { n += 1 }
    return n
}
func tally<K: Hashable>(_ xs: [K]) -> [K: Int] {
    var h: [K: Int] = [:]
    for x in xs { h[x, default: 0] += 1 }
    return h
}
print(largest([3, 9, 2])!, largest(["pear", "apple"])!, largest([0.5, -1.0])!)
print(largest([Int]()) == nil)
print(occurrences(of: 2, in: [1, 2, 2]), occurrences(of: "x", in: ["x", "y", "x"]))
let counts = tally(["H", "T", "H", "H"])
print(counts["H"]!, counts["T"]!, tally([1, 1, 1])[1]!)
