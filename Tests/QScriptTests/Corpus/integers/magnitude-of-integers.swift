// `magnitude` of integers: the unsigned type of the same width, so Int.min's fits.
let x = -5
print(x.magnitude, Int.min.magnitude, Int8(-128).magnitude, UInt64.max.magnitude, Int64.min.magnitude)
let m: UInt = x.magnitude
let small: UInt16 = Int16(-3).magnitude
print(m + 1, small, [Int8(-1).magnitude])
let d = (-2.5).magnitude
print(d)
