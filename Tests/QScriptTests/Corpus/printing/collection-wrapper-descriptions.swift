// Printing lazy views and ranges directly shows Swift's own descriptions.
let a = [3, 1, 2]
print(0..<3, 1...3)
print(a.indices)
print(a.reversed())
print(a.enumerated())
print(zip(a, ["x", "y", "z"]))
print(a.dropFirst(), a.prefix(1))
print("a b".split(separator: " "))
