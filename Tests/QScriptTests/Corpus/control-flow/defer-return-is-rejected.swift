// A return cannot leave a defer body.
func f() -> Int {
    defer { return } // error here
    return 1
}
print(f())
