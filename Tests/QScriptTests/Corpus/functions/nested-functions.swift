// A nested function sees the enclosing parameters and locals.
func histogram(_ data: [Int], buckets: Int) -> [Int] {
    let top = data.max() ?? 0
    func bucket(of value: Int) -> Int {
        let b = value * buckets / (top + 1)
        return b
    }
    var counts = Array(repeating: 0, count: buckets)
    for value in data {
        counts[bucket(of: value)] += 1
    }
    return counts
}
print(histogram([1, 5, 9, 2, 8, 3, 3, 7], buckets: 3))
func outer() -> Int {
    var calls = 0
    func tick() { calls += 1 }
    tick(); tick(); tick()
    return calls
}
print(outer())
