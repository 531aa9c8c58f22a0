// + joins arrays, == compares them element by element.
let a = [1, 2]
let b = [3]
var c = a + b
print(c)
c += [4, 5]
print(c, c == [1, 2, 3, 4, 5], a == b)
print([Int]() == [], [[1], [2]] == [[1], [2]])
print(["x"] + ["y", "z"])
