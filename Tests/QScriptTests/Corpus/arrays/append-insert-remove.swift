// Growing and shrinking an array.
var gates: [String] = []
gates.append("H")
gates.append("T")
gates.insert("X", at: 0)
gates.insert("Z", at: gates.count)
gates.insert("S", at: 2)
print(gates)
let removed = gates.remove(at: 1)
print(removed, gates)
let last = gates.removeLast()
print(last, gates)
gates += ["Y", "Y"]
print(gates, gates.count)
