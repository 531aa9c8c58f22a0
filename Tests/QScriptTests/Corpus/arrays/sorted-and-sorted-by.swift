// sorted() and sorted(by:) return new arrays and leave the original unchanged.
let values = [5, -1, 3, 3, 0, 12]
print(values.sorted())
print(values.sorted(by: { $0 > $1 }))
print(values)
let doubles = [0.5, -2.25, 1e-3, 10]
print(doubles.sorted())
let words = ["pear", "fig", "apple", "kiwi"]
print(words.sorted(), words.sorted { $0.count < $1.count })
let points = [(2, "b"), (1, "z"), (2, "a")]
print(points.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 })
