// Swift evaluates the subscript indices of an assignment's left side (outer to inner) before
// its right side; then it accesses the element.
var log: [String] = []
func i(_ k: Int) -> Int { log.append("i\(k)"); return k }
func v(_ k: Int) -> Int { log.append("v\(k)"); return k }
var a = [0, 0, 0]
a[i(1)] = v(5)
var grid = [[0, 0], [0, 0]]
grid[i(1)][i(0)] = v(7)
a[i(2)] = a[i(0)] + v(1)
a[i(0)] += v(3)
print(log)
print(a, grid)
