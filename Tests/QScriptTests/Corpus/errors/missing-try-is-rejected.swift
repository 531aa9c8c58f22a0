// A call that can throw must be marked with try.
enum E: Error { case bad }
func f() throws -> Int { throw E.bad }
let x = f() // error here
print(x)
