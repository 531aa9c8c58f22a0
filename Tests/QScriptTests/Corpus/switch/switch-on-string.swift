// Switching on gate names.
func qubitsTouched(by gate: String) -> Int {
    switch gate {
    case "H", "X", "Y", "Z", "S", "T":
        return 1
    case "CNOT", "CZ", "SWAP":
        return 2
    case "CCNOT":
        return 3
    default:
        return 0
    }
}
let circuit = ["H", "CNOT", "T", "CCNOT", "MEASURE"]
for g in circuit {
    print(g, qubitsTouched(by: g))
}
