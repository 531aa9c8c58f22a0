// A function that does not throw must handle the errors of what it calls.
enum E: Error { case bad }
func f() throws -> Int { throw E.bad }
func g() -> Int {
    return try f() // error here
}
print(g())
