// Arrays of optionals, optional arrays and compactMap.
let raw = ["1", "two", "3", "", "5"]
let parsed = raw.map { Int($0) }
print(parsed)
let clean = raw.compactMap { Int($0) }
print(clean)
let maybeList: [Int]? = clean.isEmpty ? nil : clean
print(maybeList)
let matrix: [[Double?]] = [[1.0, nil], [nil, 0.5]]
print(matrix)
var filled = 0
for row in matrix {
    for entry in row where entry != nil {
        filled += 1
    }
}
print(filled)
