// An inout argument needs an explicit &.
func bump(_ x: inout Int) { x += 1 }
var a = 1
bump(a) // error here
print(a)
