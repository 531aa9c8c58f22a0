// inout parameters are outside the cell language.
func double(_ x: inout Int) {
    x *= 2
}
var n = 21
double(&n)
print(n)
