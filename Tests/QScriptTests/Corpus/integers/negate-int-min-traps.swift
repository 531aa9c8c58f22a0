// -Int.min does not fit in an Int.
var smallest = -Int.max - 1
print("smallest:", smallest)
let magnitudes = [5, -7, 0]
print(magnitudes.map { -$0 })
let flipped = -smallest // traps here
print(flipped)
