// Storing tuples in a dictionary and reading fields back.
let gates: [String: (qubits: Int, clifford: Bool)] = [
    "H": (1, true), "T": (1, false), "CNOT": (2, true),
]
for name in gates.keys.sorted() {
    let info = gates[name]!
    print(name, info.qubits, info.clifford)
}
print(gates["CNOT"]?.qubits ?? 0, gates["SWAP"]?.qubits ?? 0)
print(gates["T"]!)
