// Searching a grid with labelled loops: stop at the first hit, skip rows early.
let grid = [[0, 0, 3, 0], [1, 0, 0, 0], [0, 7, 0, 2], [0, 0, 9, 0]]
var found: (Int, Int)? = nil
search: for (r, row) in grid.enumerated() {
    for (c, v) in row.enumerated() {
        if v > 5 { found = (r, c); break search }
    }
}
print(found as Any)
var visited = 0
rows: for row in grid {
    for v in row {
        visited += 1
        if v == 1 { continue rows }
        if v == 2 { break rows }
    }
}
print("visited", visited)
var firstZeroColumn = -1
columns: for c in 0..<4 {
    for r in 0..<4 where grid[r][c] != 0 { continue columns }
    firstZeroColumn = c
    break
}
print(firstZeroColumn)
