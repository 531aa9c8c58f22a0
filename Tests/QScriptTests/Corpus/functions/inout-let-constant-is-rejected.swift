// A let constant cannot be passed as an inout argument.
func bump(_ x: inout Int) { x += 1 }
let a = 1
bump(&a) // error here
