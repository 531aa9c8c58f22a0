// .rounded() and .squareRoot() belong to the standard library.
let values = [0.125, 1.5, 2.5, -1.5, 12.345]
print(values.map { $0.rounded() })
func round(_ x: Double, places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (x * scale).rounded() / scale
}
print(round(12.345, places: 2), round(3.14159, places: 3), round(2.5, places: 0))
print((81.0).squareRoot(), (2.25).squareRoot())
