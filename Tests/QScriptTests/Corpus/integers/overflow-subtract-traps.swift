// Subtracting below Int.min traps.
var low = -Int.max
print(low)
low = low - 1
print(low)
let k = 1
let below = low - k // traps here
print(below)
