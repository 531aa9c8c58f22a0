// Elements of a var tuple can be assigned individually.
var position = (x: 0, y: 0)
let moves = [(1, 0), (0, 2), (-3, 1)]
for (dx, dy) in moves {
    position.x += dx
    position.y += dy
}
print(position)
var pair = (0.5, 0.5)
pair.0 = 1
pair.1 *= 4
print(pair)
let copy = position
position.x = 100
print(copy, position)
