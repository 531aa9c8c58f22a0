// Tuples of comparable values compare lexicographically.
print((1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, 2) < (1, 3), (2, 0) < (1, 9), ("a", 5) < ("b", 0))
let versions = [(1, 10, 0), (1, 2, 5), (0, 9, 9), (1, 2, 0)]
let newest = versions.sorted { $0 < $1 }
print(newest)
