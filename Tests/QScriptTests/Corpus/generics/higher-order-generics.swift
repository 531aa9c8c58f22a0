// Generic functions taking closures: the closure's types come from the other arguments.
func mapped<T, U>(_ xs: [T], _ f: (T) -> U) -> [U] {
    var out: [U] = []
    for x in xs { out.append(f(x)) }
    return out
}
func folded<T, R>(_ xs: [T], _ initial: R, _ f: (R, T) -> R) -> R {
    var acc = initial
    for x in xs { acc = f(acc, x) }
    return acc
}
func zipped<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] {
    var r: [(A, B)] = []
    for i in 0..<min(a.count, b.count) { r.append((a[i], b[i])) }
    return r
}
print(mapped([1, 2, 3]) { $0 * $0 })
print(mapped(["a", "bc"]) { $0.count })
print(folded([1.0, 2.0, 3.5], 0.0, +), folded(["x", "y"], "") { $0 + $1 })
print(zipped([1, 2, 3], ["one", "two"]))
