// 'as' (a coercion, not a cast) cannot turn an Int into a String.
let qubits = 3
print("qubits:", qubits)
let label = qubits as String // error here
print(label)
