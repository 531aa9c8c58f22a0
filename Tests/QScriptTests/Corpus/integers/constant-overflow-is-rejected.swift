// Overflow in an expression swiftc can evaluate at compile time is a compile error.
func limit() -> Int {
    let big = Int.max
    return big + 1 // error here
}
print("not printed")
print(limit())
