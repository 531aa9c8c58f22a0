// zip for element-wise products, dot products and Hamming distances.
let u = [1.0, 2.0, 3.0]
let v = [4.0, -5.0, 6.0]
let dot = zip(u, v).map { $0 * $1 }.reduce(0, +)
print(dot, zip(u, v).map(+), zip(u, v).map { max($0, $1) })
let a = [0, 1, 1, 0, 1, 0]
let b = [1, 1, 0, 0, 1, 1]
print(zip(a, b).filter { $0 != $1 }.count)
for (i, (x, y)) in zip(a, b).enumerated() where x == y { print(i, x) }
let names = ["q0", "q1", "q2", "q3"]
print(Array(zip(names, a)))
print(zip(names, [0.5, 0.25]).map { "\($0)=\($1)" })
