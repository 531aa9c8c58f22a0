// Named constants used in numeric tutorials.
print(Int.max)
print(Double.pi)
let halfTurn = Double.pi
let quarterTurn = halfTurn / 2
print(quarterTurn)
let degrees = 180.0 * quarterTurn / Double.pi
print(degrees)
let headroom = Int.max - 1_000_000
print(headroom)
