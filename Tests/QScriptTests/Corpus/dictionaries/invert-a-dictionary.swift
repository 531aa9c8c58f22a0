// Inverting a dictionary: values become keys, colliding keys are collected.
let gateOfQubit = ["q0": "h", "q1": "x", "q2": "h", "q3": "z", "q4": "x"]
var qubitsOfGate: [String: [String]] = [:]
for (q, g) in gateOfQubit { qubitsOfGate[g, default: []].append(q) }
for g in qubitsOfGate.keys.sorted() { print(g, qubitsOfGate[g]!.sorted()) }
let codes = ["zero": 0, "one": 1, "two": 2]
var names: [Int: String] = [:]
for (k, v) in codes { names[v] = k }
print((0..<4).map { names[$0] ?? "?" })
print(names.count == codes.count, names.keys.sorted())
