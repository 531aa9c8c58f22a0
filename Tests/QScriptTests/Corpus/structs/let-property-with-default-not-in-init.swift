// A let property with a default value is not an initializer parameter; a var one is optional.
struct Experiment {
    let kind = "sampling"
    var shots = 1000
    let qubits: Int
    var label: String { "\(kind)-\(qubits)q-\(shots)" }
}
let a = Experiment(qubits: 2)
let b = Experiment(shots: 50, qubits: 5)
print(a, b)
print(a.label, b.label, a.kind == b.kind)
var c = b
c.shots += 1
print(c.label, b.shots)
