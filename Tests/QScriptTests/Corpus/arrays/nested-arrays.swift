// Arrays of arrays: building, transposing and flattening a matrix.
let m = [[1, 2, 3], [4, 5, 6]]
var t: [[Int]] = []
for j in 0..<m[0].count {
    var row: [Int] = []
    for i in 0..<m.count {
        row.append(m[i][j])
    }
    t.append(row)
}
print(m)
print(t)
print(t.flatMap { $0 })
print(m.map { $0.reduce(0) { $0 + $1 } })
let ragged: [[String]] = [["a"], [], ["b", "c"]]
print(ragged, ragged.map { $0.count })
