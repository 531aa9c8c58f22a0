// for-in with where clauses over ranges, strides, arrays and dictionaries.
var primes: [Int] = []
for n in 2...40 where !primes.contains(where: { n % $0 == 0 }) { primes.append(n) }
print(primes)
for i in stride(from: 1, to: 30, by: 4) where i % 3 != 0 { print(i, terminator: " ") }
print()
let amplitudes = [0.5, 0.0, -0.5, 0.5, 0.0, -0.5]
for (i, a) in amplitudes.enumerated() where a != 0 { print(i, a) }
let weights = ["x": 3, "y": -1, "z": 2]
for k in weights.keys.sorted() where weights[k]! > 0 { print(k, weights[k]!) }
for case let (i, a) in amplitudes.enumerated() where a < 0 && i > 2 { print("negative", i) }
