// Optional chaining and nil-coalescing on the results of as? casts.
let payload: [String: Any] = ["name": "bell", "qubits": 2, "angles": [0.5, 1.5], "meta": ["k": "v"]]
print((payload["name"] as? String)?.uppercased() ?? "?")
print((payload["name"] as? String)?.count as Any, (payload["qubits"] as? String)?.count as Any)
print((payload["qubits"] as? Int) == nil, (payload["name"] as? Int) == nil)
let q = payload["qubits"] as? Int ?? 0
print(q * 2, payload["missing"] as? Int ?? -1)
if let name = payload["name"] as? String, let n = payload["qubits"] as? Int, n > 1 {
    print("\(name) on \(n) qubits")
}
print(payload["angles"] is Int, payload["meta"] is String, payload.count)
