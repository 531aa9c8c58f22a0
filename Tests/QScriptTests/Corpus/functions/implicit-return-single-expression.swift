// A body that is a single expression returns it without `return`.
func double(_ x: Int) -> Int { x * 2 }
func isEven(_ n: Int) -> Bool { n % 2 == 0 }
func sign(_ x: Double) -> String { x < 0 ? "-" : "+" }
print(double(21), isEven(7), isEven(10), sign(-0.5), sign(2))
func average(_ values: [Double]) -> Double {
    values.reduce(0) { $0 + $1 } / Double(values.count)
}
print(average([1, 2, 3, 4]))
