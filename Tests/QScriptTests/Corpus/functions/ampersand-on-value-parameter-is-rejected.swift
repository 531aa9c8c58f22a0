// & passes only to inout parameters.
func show(_ x: Int) { print(x) }
var a = 1
show(&a) // error here
