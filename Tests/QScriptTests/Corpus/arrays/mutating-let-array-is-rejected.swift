// A let array is immutable: append is not allowed.
let gates = ["H", "X"]
print(gates)
var copy = gates
copy.append("Z")
gates.append("T") // error here
print(copy)
