// Reading a dictionary gives an optional.
let gateQubits = ["H": 1, "CNOT": 2, "CCNOT": 3]
print(gateQubits["CNOT"], gateQubits["SWAP"])
if let n = gateQubits["CCNOT"] {
    print("CCNOT acts on", n)
}
print(gateQubits["H"]! + 1, gateQubits["X"] ?? 1)
print(gateQubits.count)
