// Generic parameters inside tuples, optionals and arrays; literals take the type of the others.
func swapped<T>(_ p: (T, T)) -> (T, T) { (p.1, p.0) }
func orDefault<T>(_ x: T?, _ d: T) -> T {
    if let x { return x }
    return d
}
func repeated<T>(_ x: T, _ n: Int) -> [T] { Array(repeating: x, count: n) }
func firstOf<T>(_ a: T, _ b: T) -> T { a }
print(swapped((1, 2)), swapped(("a", "b")))
let missing: Int? = nil
print(orDefault(missing, 7), orDefault(Optional(3), 7), orDefault(nil, "none"))
print(repeated(0.25, 3), repeated("ab", 2))
print(firstOf(1.5, 2.5), firstOf(2, 3))
