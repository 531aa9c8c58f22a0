// Arithmetic right at the limits is fine as long as it does not overflow.
var top = Int.max
top -= 1
top += 1
print(top == Int.max)
var lowest = -Int.max - 1
print(lowest)
lowest += 1
print(lowest)
print(Int.max / -1, (-Int.max - 1) / 2)
var m = 3_037_000_499
print(m * m)
m += 1
print(m - 1)
