// Annotations for arrays and dictionaries, including empty ones.
let amplitudes: [Double] = [0.5, 0.5, 0.5, 0.5]
var names: [String] = []
names.append("alice")
names.append("bob")
let grid: [[Int]] = [[1, 2], [3, 4]]
var lookup: [String: Int] = [:]
lookup["zero"] = 0
let single: [Int: String] = [7: "seven"]
print(amplitudes)
print(names, names.count)
print(grid, grid[1][0])
print(lookup, lookup.count)
print(single)
let empty: [Bool] = []
print(empty, empty.isEmpty)
