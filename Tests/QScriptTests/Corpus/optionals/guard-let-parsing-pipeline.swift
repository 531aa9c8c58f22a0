// A parser of "name:qubits:shots" lines with guard let at each step.
func parseJob(_ line: String) -> (name: String, qubits: Int, shots: Int)? {
    let parts = line.split(separator: ":").map { String($0) }
    guard parts.count == 3 else { return nil }
    guard let q = Int(parts[1]), q > 0 else { return nil }
    guard let s = Int(parts[2]), s.isMultiple(of: 2) else { return nil }
    return (parts[0], q, s)
}
let lines = ["bell:2:1024", "ghz:3", "qft:x:10", "vqe:4:999", "big:20:4096", "neg:-1:2"]
var accepted: [(name: String, qubits: Int, shots: Int)] = []
for l in lines {
    if let job = parseJob(l) { accepted.append(job) } else { print("rejected", l) }
}
print(accepted.map { $0.name }, accepted.map { $0.qubits * $0.shots })
print(parseJob("a:1:2")!)
