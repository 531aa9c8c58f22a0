// Inferred types: integer literals become Int, literals with a point become Double.
let qubits = 3
let angle = 0.25
let label = "register"
let ready = true
var shots = 1000
shots += 24
print(qubits, angle, label, ready, shots)
let states = 1 << qubits
print("a \(qubits)-qubit \(label) has \(states) basis states")
// A literal keeps its own type in a Double context.
let half = 1 / 2.0
print(half)
