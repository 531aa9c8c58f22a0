// Special values and how they print.
let zero = 0.0
print(-zero, 0.0 * -1, -0.0 == 0.0)
let inf = 1 / zero
print(inf, -inf, inf > 1e308)
// The sign bit of a NaN made by arithmetic depends on the CPU (x86 prints "-nan",
// arm64 "nan"), so only Double.nan itself is printed.
let notANumber = zero / zero
print(notANumber == notANumber, notANumber.isNaN, (inf - inf).isNaN, (inf * 0).isNaN)
print(Double.nan, [Double.nan, 1], Double.nan == Double.nan)
print([inf, -inf, -zero])
print((1.0).isNaN, (-inf).isNaN)
