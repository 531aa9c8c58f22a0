// An integer and a floating-point literal for one generic parameter: swiftc picks the type
// from the context (here print's Any, so 1 stays an Int); the cell language refuses to guess.
func firstOf<T>(_ a: T, _ b: T) -> T { a }
print(firstOf(1, 2.5))
let d = firstOf(1, 2.5)
print(d)
