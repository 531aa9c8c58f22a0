struct Grid {
    let rows: Int
    let cols: Int

    init(size: Int) {
        rows = size
        cols = size
        rows = size + 1 // error here
    }
}
print(Grid(size: 2))
