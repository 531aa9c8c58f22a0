// The loop variable is a copy of the element; changing the array needs an index.
var values = [1, 2, 3]
var scaled: [Int] = []
for v in values {
    scaled.append(v * 10)
}
print(values, scaled)
for i in values.indices {
    values[i] *= 10
}
print(values)
var matrix = [[1, 2], [3, 4]]
for row in matrix {
    var r = row
    r[0] = 0
    print(r)
}
print(matrix)
for i in 0..<matrix.count {
    matrix[i][0] = -matrix[i][0]
}
print(matrix)
