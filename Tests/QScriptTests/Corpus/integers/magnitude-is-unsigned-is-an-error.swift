// An Int's magnitude is a UInt, not an Int: swiftc's type error.
let x = -5
let wrong: Int = x.magnitude // error here
print(wrong)
