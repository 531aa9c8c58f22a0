// A closure with an inout parameter.
let twice: (inout Int) -> Void = { $0 *= 2 }
var a = 3
twice(&a)
print(a)
