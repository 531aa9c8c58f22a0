// Int(x) of NaN traps.
var zero = 0.0
let ratios = [1.0 / 4, 3.0 / 2]
print(ratios.map { Int($0 * 10) })
let undefined = zero / zero
print("is nan:", undefined.isNaN)
print(Int(undefined)) // traps here
