// compactMap drops nils; flatMap concatenates arrays.
let tokens = ["4", "x", "15", "", "-2"]
print(tokens.compactMap { Int($0) })
let nested = [[1, 2], [], [3], [4, 5, 6]]
print(nested.flatMap { $0 })
let pairs = [1, 2, 3].flatMap { n in [n, n * 10] }
print(pairs)
let bits = [0, 1].flatMap { a in [0, 1].map { b in "\(a)\(b)" } }
print(bits)
