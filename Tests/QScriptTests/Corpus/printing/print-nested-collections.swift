// Description of nested collections and mixed element types.
print([[1, 2], [3]])
print([["a"], []])
print([[0.5], [1e-05, 1e+16]])
print([["k": 1]])
print([[1: [2.0]]])
let state: [[Double?]] = [[nil, 1], [0.5]]
print(state)
print([(1, "a")], [[(x: 1, y: 2)]])
print([true, false], [[true]])
