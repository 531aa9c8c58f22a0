// Int(x) traps when x is finite but outside Int's range.
var x = 1.0
var exponent = 0
while true {
    print(exponent, Int(x)) // traps here
    x *= 1024
    exponent += 10
}
