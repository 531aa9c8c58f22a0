// The implicit 'error' exists only inside its catch clause.
enum E: Error { case bad }
func f() throws { throw E.bad }
do {
    try f()
} catch {
    print("caught", error)
}
print(error) // error here
