let xs = [3, 7, 9, 1]
print(xs.compactMap { $0 > 5 ? String($0) : nil })
var d: [String: [Int]] = ["a": [1]]
d["a"]?.append(2)
d["b"]?.append(3)
print(d)
let s = "hello world"
let parts = s.split(separator: " ")
print(parts[0] == "hello", "world" == parts[1])
