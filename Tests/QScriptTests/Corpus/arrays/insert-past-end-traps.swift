// insert(_:at:) accepts indices 0...count, nothing beyond.
var gates = ["H"]
gates.insert("X", at: 1)
gates.insert("Z", at: 0)
print(gates)
var position = gates.count + 1
print("inserting at", position)
gates.insert("T", at: position) // traps here
print(gates)
