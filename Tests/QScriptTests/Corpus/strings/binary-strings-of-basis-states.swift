// Basis-state labels |000> ... |111> from integers, zero-padded to the qubit count.
func basisLabel(_ index: Int, qubits: Int) -> String {
    var bits = String(index, radix: 2)
    while bits.count < qubits {
        bits = "0" + bits
    }
    return "|" + bits + ">"
}
let n = 3
for i in 0..<(1 << n) {
    print(i, basisLabel(i, qubits: n))
}
print(basisLabel(5, qubits: 1))
