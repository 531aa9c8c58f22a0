var g = SeededGenerator(seed: 1)
print(Int.random(in: 0..<3, using: &g))
let lo = 2.0
print(Double.random(in: lo..<lo, using: &g)) // traps here
