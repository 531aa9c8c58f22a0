// The same name cannot be declared twice in one local scope.
func setup() -> Int {
    let qubits = 2
    print(qubits)
    let qubits = 3 // error here
    return qubits
}
print(setup())
