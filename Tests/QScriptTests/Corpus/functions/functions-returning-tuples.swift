// Several results returned as a labelled tuple.
func divmod(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
    return (a / b, a % b)
}
let r = divmod(47, 5)
print(r)
print(r.quotient, r.remainder, r.0, r.1)
func minMax(_ values: [Double]) -> (min: Double, max: Double)? {
    guard let first = values.first else { return nil }
    var lo = first, hi = first
    for v in values {
        lo = min(lo, v)
        hi = max(hi, v)
    }
    return (lo, hi)
}
print(minMax([0.5, -2, 3.25]))
print(minMax([]))
if let bounds = minMax([4, 1]) {
    print("range \(bounds.max - bounds.min)")
}
