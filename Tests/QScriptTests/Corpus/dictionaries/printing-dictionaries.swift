// A dictionary with one entry prints deterministically.
let one = ["key": "value"]
print(one)
let numbers: [Int: String] = [1: "x"]
print(numbers)
let empty: [String: Double] = [:]
print(empty)
let scores: [String: [Int]] = ["ada": [9, 10]]
print(scores)
let withOptional: [String: Int?] = ["a": nil]
print(withOptional)
print(["pi": 3.14159])
