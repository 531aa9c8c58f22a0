// In a non-throwing function, a catch that does not catch everything leaves errors unhandled.
enum E: Error { case a, b }
func f(_ x: Int) throws -> Int { if x > 0 { throw E.a }; return x }
func g() -> Int {
    do {
        return try f(1) // error here
    } catch E.a {
        return -1
    }
}
print(g())
