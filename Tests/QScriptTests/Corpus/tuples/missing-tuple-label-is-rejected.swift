// Accessing a tuple label that does not exist.
let point = (x: 1.5, y: 2.0)
print(point.x, point.0)
print(point.y, point.1)
print(point.z) // error here
