// Calling a function with a label it does not have.
func rotate(angle: Double, times: Int) -> Double {
    return angle * Double(times)
}
print(rotate(angle: 0.5, times: 2))
print(rotate(theta: 0.5, times: 2)) // error here
