print(stride(from: 0, to: 10, by: 3))
print(stride(from: 10, through: 0, by: -5))
print(stride(from: 0.0, to: 1.0, by: 0.25))
print([stride(from: 1, to: 3, by: 1)])
let d = ["a": 1]
print(d.keys, d.values)
print("\(d.keys) \(stride(from: 0.5, through: 2, by: 0.5))")
let e: [String: [Double]] = ["x": [1.5, -0.0]]
print(e.values)
let d2 = d
print([d.keys])
print([d.values], (d.keys, 1))
let k = d.keys
print("keys: \(k)")
