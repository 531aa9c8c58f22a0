// A function without a result type cannot return a value.
func report(_ x: Int) {
    print("value", x)
    return x * 2 // error here
}
report(4)
