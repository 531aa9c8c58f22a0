// Array(repeating:count:) for zero-initialised buffers.
var zeros = Array(repeating: 0, count: 5)
zeros[2] = 7
print(zeros)
let state = Array(repeating: 0.0, count: 4)
print(state)
let empty = Array(repeating: "x", count: 0)
print(empty, empty.count)
var grid = Array(repeating: Array(repeating: ".", count: 3), count: 2)
grid[0][1] = "#"
for row in grid { print(row.joined(separator: "")) }
