// Passing a Double where an Int parameter is expected.
func basisState(_ index: Int, qubits: Int) -> String {
    var s = String(index, radix: 2)
    while s.count < qubits { s = "0" + s }
    return s
}
print(basisState(3, qubits: 4))
let half = 8 / 2.0
print(basisState(half, qubits: 4)) // error here
