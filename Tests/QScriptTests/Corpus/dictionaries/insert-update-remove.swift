// Assigning through the subscript inserts or replaces; assigning nil removes.
var inventory: [String: Int] = [:]
inventory["qubits"] = 5
print(inventory)
inventory["qubits"] = 7
print(inventory)
inventory["cables"] = 2
print(inventory.count)
inventory["qubits"] = nil
print(inventory)
inventory["nothing"] = nil
print(inventory.count, inventory.isEmpty)
