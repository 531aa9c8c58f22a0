// A function with inout parameters used as a value: cells call such functions directly.
func bump(_ x: inout Int) { x += 1 }
let f = bump
var a = 1
f(&a)
print(a)
