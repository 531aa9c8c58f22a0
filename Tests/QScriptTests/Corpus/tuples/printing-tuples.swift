// Tuples print with their labels; strings inside them are quoted.
print((1, 2))
print((x: 1.5, y: 2.0))
print((name: "bell", qubits: 2))
print(("a", 1, true, 0.5))
let none: Int? = nil, five: Int? = 5
print(((1, 2), [3, 4], (z: none, w: five)))
let mixed = (first: 1, 2)
print(mixed)
print([(x: 0, y: 1), (x: 2, y: 3)])
