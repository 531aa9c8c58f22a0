// A configuration held as [String: Any], read back with casts.
let config: [String: Any] = ["qubits": 4, "layers": 2, "lr": 0.05, "name": "born"]
let qubits = config["qubits"] as? Int ?? 1
let layers = config["layers"] as? Int ?? 1
let lr = config["lr"] as? Double ?? 0.1
let name = config["name"] as? String ?? "?"
print(name, qubits * layers, lr)
print(config["missing"] as? Int ?? 0, config["lr"] is Double, config["lr"] is Int)
