// throw needs a throwing function (or a catch around it).
enum E: Error { case bad }
func g(_ x: Int) -> Int {
    if x < 0 { throw E.bad } // error here
    return x
}
print(g(1))
