// An inout parameter writes its final value back to the argument.
func double(_ x: inout Int) {
    x *= 2
}
var n = 21
double(&n)
print(n)
