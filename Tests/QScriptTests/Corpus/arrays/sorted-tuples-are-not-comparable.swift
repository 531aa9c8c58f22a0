// Tuples have '<' but do not conform to Comparable: sorted() needs a closure.
let pairs = [(1, 2), (0, 3)]
print(pairs.sorted { $0 < $1 })
print(pairs.sorted()) // error here
