// Methods overloaded by their argument labels, and methods calling methods.
struct Grid {
    var cells: [[Int]]

    func value(at row: Int, _ column: Int) -> Int { cells[row][column] }
    func value(atIndex i: Int) -> Int { value(at: i / width, i % width) }
    var width: Int { cells[0].count }

    mutating func set(_ v: Int, at row: Int, _ column: Int) {
        cells[row][column] = v
    }
}
var g = Grid(cells: [[1, 2, 3], [4, 5, 6]])
print(g.value(at: 1, 2), g.value(atIndex: 4))
g.set(0, at: 0, 0)
print(g.cells, g.width)
