// A Hashable struct keys a dictionary of visits on a grid walk.
struct Site: Hashable { var row: Int; var col: Int }
var visits: [Site: Int] = [:]
var here = Site(row: 0, col: 0)
var seed = 11
for _ in 0..<40 {
    seed = (seed * 1103515245 + 12345) % 2147483648
    switch (seed / 65536) % 4 {
    case 0: here.row = min(here.row + 1, 2)
    case 1: here.row = max(here.row - 1, 0)
    case 2: here.col = min(here.col + 1, 2)
    default: here.col = max(here.col - 1, 0)
    }
    visits[here, default: 0] += 1
}
let keys = visits.keys.sorted { ($0.row, $0.col) < ($1.row, $1.col) }
for k in keys { print(k, visits[k]!) }
print(visits.values.reduce(0, +), visits[Site(row: 5, col: 5)] as Any)
