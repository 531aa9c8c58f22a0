// Parsing "key = value" lines: trimming, skipping comments, typed lookups with defaults.
import Foundation
let text = """
# experiment settings
shots = 2048
  seed=7
name = bell pair
noise = 0.02
broken line
verbose = true
"""
var config: [String: String] = [:]
for line in text.split(separator: "\n") {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("#") || trimmed.isEmpty { continue }
    let parts = trimmed.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2 else { print("skipping:", trimmed); continue }
    config[parts[0]] = parts[1]
}
for k in config.keys.sorted() { print("\(k) -> \"\(config[k]!)\"") }
let shots = Int(config["shots"] ?? "") ?? 100
let noise = Double(config["noise"] ?? "") ?? 0
let depth = Int(config["depth"] ?? "") ?? 4
print(shots, noise, depth, config["verbose"] == "true")
