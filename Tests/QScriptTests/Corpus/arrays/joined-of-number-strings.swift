// Formatting a vector as text with map + joined.
let v = [0.7071067811865476, 0.0, 0.0, 0.7071067811865476]
print("[" + v.map { String($0) }.joined(separator: "; ") + "]")
let ints = [1, 22, 333]
print(ints.map { String($0) }.joined(separator: ","))
print(ints.map { "(\($0))" }.joined(separator: ""))
