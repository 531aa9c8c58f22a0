// A higher-order helper that iterates a closure until successive values agree.
func iterate(_ f: (Double) -> Double, from x0: Double, tolerance: Double, limit: Int = 100) -> (value: Double, steps: Int) {
    var x = x0
    for i in 1...limit {
        let next = f(x)
        if abs(next - x) < tolerance { return (next, i) }
        x = next
    }
    return (x, limit)
}
let sqrt2 = iterate({ ($0 + 2 / $0) / 2 }, from: 1, tolerance: 1e-12)
print(sqrt2, sqrt2.value * sqrt2.value)
let golden = iterate({ 1 + 1 / $0 }, from: 1, tolerance: 1e-9)
print(golden.steps, (golden.value * 1e6).rounded() / 1e6)
let slow = iterate({ $0 / 2 + 1 }, from: 0, tolerance: 1e-3, limit: 5)
print(slow)
