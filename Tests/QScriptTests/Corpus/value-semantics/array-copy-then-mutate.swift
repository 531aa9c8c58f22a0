// Copying an array and mutating the copy leaves the original unchanged.
let original = [1, 2, 3]
var copy = original
copy.append(4)
copy[0] = 100
print(original)
print(copy)
var a = [0.5, 0.5]
var b = a
a[1] = 0
print(a, b)
b.removeLast()
print(a, b)
