// uppercased() and lowercased().
let gate = "cNot"
print(gate.uppercased(), gate.lowercased(), gate)
let mixed = ["Hadamard", "PAULI-x", "phase s"]
print(mixed.map { $0.uppercased() })
print(mixed.map { $0.lowercased() })
print("stra\u{DF}e".uppercased())
print("X" == "x".uppercased(), "Ab".lowercased() == "ab")
