// Rows of [String: Any] formatted by the type each value holds.
let rows: [[String: Any]] = [
    ["name": "bell", "qubits": 2, "fidelity": 0.985, "noisy": true],
    ["name": "ghz", "qubits": 3, "fidelity": 0.9],
    ["name": "qft", "qubits": 4, "noisy": false],
]
func cell(_ v: Any) -> String {
    switch v {
    case let s as String: return s
    case let i as Int: return String(i)
    case let d as Double: return "\(d)"
    case let b as Bool: return b ? "yes" : "no"
    default: return "?"
    }
}
for r in rows {
    let line = ["name", "qubits", "fidelity", "noisy"].map { cell(r[$0] ?? "-") }
    print(line.joined(separator: " | "))
}
let total = rows.compactMap { $0["qubits"] as? Int }.reduce(0, +)
print("qubits in total:", total)
