// + does not convert numbers to strings; use interpolation or String(n).
let n = 3
print("qubits: \(n)")
print("qubits: " + String(n))
let label = "qubits: " + n // error here
print(label)
