// Two different integer types do not mix without a conversion.
let small: UInt8 = 2
let n = 3
print(small + n) // error here
