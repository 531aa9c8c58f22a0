// Reading settings out of [String: Any] with as? and ?? defaults.
let settings: [String: Any] = ["shots": 1024, "seed": 7, "label": "run-a", "rate": 0.05, "verbose": true]
let shots = settings["shots"] as? Int ?? 100
let rate = settings["rate"] as? Double ?? 0.1
let depth = settings["depth"] as? Int ?? 3
let label = settings["label"] as? String ?? "none"
let seedAsText = settings["seed"] as? String ?? "not a string"
let verbose = settings["verbose"] as? Bool ?? false
print(shots, rate, depth, label, seedAsText, verbose)
if let s = settings["shots"] as? Int, let r = settings["rate"] as? Double {
    print("expected errors:", Double(s) * r)
}
print(settings["rate"] as? Int as Any, settings["missing"] as Any)
print(settings.count, settings.keys.sorted())
