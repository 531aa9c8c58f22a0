// Swift prints the shortest decimal that reads back as the same Double.
print(0.1 + 0.2)
print(0.1, 0.2, 0.3)
print(1.0 / 3.0, 2.0 / 3.0)
print(0.1 * 3, 0.3 == 0.1 * 3)
print(100.0, 1.5, 2.0)
print(1.1 * 1.1)
let third = 1.0 / 3
print(third * 3 == 1.0)
