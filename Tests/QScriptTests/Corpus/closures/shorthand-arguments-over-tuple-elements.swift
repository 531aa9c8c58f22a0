let xs = [1.0, 2.0, 3.0]
let ys = [4.0, 5.0, 6.0]
print(zip(xs, ys).map { $0 * $1 })
print(Array([5, 1, 9, 2].enumerated().filter { $0 < 3 && $1 > 4 }.map { $0.element }))
