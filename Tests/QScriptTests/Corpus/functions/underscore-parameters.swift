// "_" drops the label at the call site.
func square(_ x: Int) -> Int {
    return x * x
}
func hypot2(_ a: Double, _ b: Double) -> Double {
    return (a * a + b * b).squareRoot()
}
func clamp(_ value: Int, lower: Int, upper: Int) -> Int {
    return min(max(value, lower), upper)
}
print(square(12))
print(hypot2(3, 4))
print(clamp(15, lower: 0, upper: 10), clamp(-2, lower: 0, upper: 10), clamp(5, lower: 0, upper: 10))
