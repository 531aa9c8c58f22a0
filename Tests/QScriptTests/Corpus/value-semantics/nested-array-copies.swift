// Nested arrays are copied deeply as far as the program can tell.
var grid = [[1, 2], [3, 4]]
var snapshot = grid
grid[0][0] = 99
grid[1].append(5)
print(grid)
print(snapshot)
var row = snapshot[1]
row[1] = -1
print(row, snapshot[1])
snapshot.append(row)
print(snapshot, grid.count)
