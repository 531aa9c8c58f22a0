// Array(repeating:count:) with a negative count traps.
func zeros(_ n: Int) -> [Double] {
    return Array(repeating: 0.0, count: n) // traps here
}
print(zeros(3))
print(zeros(0))
let qubits = 2
print(zeros(qubits - 3))
