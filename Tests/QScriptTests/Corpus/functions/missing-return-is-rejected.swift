// A function with a result type must return on every path; swiftc reports the closing brace.
func sign(_ x: Int) -> Int {
    if x > 0 {
        return 1
    } else if x < 0 {
        return -1
    }
} // error here
print("start")
print(sign(3))
