// Defaults may be left out at the call, from any position.
func bar(_ value: Int, width: Int = 10, fill: String = "#") -> String {
    var line = ""
    var i = 0
    while i < width {
        line += i < value ? fill : "."
        i += 1
    }
    return line
}
print(bar(3))
print(bar(3, width: 5))
print(bar(3, fill: "*"))
print(bar(7, width: 8, fill: "="))
func scaled(_ x: Double, by factor: Double = 2) -> Double { x * factor }
print(scaled(1.25), scaled(1.25, by: 4))
