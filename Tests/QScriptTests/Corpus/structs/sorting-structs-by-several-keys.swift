// Sorting an array of structs by several keys, then filtering and mapping.
struct Run { var circuit: String; var qubits: Int; var fidelity: Double }
let runs = [Run(circuit: "ghz", qubits: 3, fidelity: 0.91), Run(circuit: "bell", qubits: 2, fidelity: 0.97),
            Run(circuit: "qft", qubits: 3, fidelity: 0.88), Run(circuit: "grover", qubits: 2, fidelity: 0.93),
            Run(circuit: "vqe", qubits: 4, fidelity: 0.91)]
let byQubitsThenFidelity = runs.sorted {
    $0.qubits != $1.qubits ? $0.qubits < $1.qubits : $0.fidelity > $1.fidelity
}
for r in byQubitsThenFidelity { print(r.qubits, r.circuit, r.fidelity) }
let best = runs.max { $0.fidelity < $1.fidelity }!
print(best)
print(runs.filter { $0.fidelity > 0.9 }.map { $0.circuit })
print(runs.sorted { ($0.fidelity, $0.circuit) < ($1.fidelity, $1.circuit) }.first!)
