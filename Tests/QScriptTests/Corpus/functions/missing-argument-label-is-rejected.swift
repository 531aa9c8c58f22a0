// The label is required at the call site unless the parameter uses _.
func scale(_ x: Double, by factor: Double) -> Double {
    x * factor
}
print(scale(2, by: 3))
print(scale(2, 3)) // error here
