// A mutating method that throws keeps the changes it made to self before the throw.
enum E: Error { case bad }
struct S {
    var n = 0
    mutating func f() throws { n = 1; throw E.bad }
}
var s = S()
try? s.f()
print(s.n)
