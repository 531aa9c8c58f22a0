// Equality ignores insertion order.
var first: [String: Int] = [:]
first["a"] = 1
first["b"] = 2
var second: [String: Int] = [:]
second["b"] = 2
second["a"] = 1
print(first == second)
second["a"] = 5
print(first == second)
print(["k": [1, 2]] == ["k": [1, 2]])
