// A dictionary of dictionaries: per-circuit counts, updated and read with defaults.
var results: [String: [String: Int]] = [:]
let log = [("bell", "00"), ("bell", "11"), ("ghz", "000"), ("bell", "00"), ("ghz", "111"), ("ghz", "111")]
for (circuit, outcome) in log {
    results[circuit, default: [:]][outcome, default: 0] += 1
}
for c in results.keys.sorted() {
    let inner = results[c]!
    print(c, inner.keys.sorted().map { "\($0)=\(inner[$0]!)" }.joined(separator: ","))
}
print(results["bell"]?["00"] as Any, results["bell"]?["01"] as Any, results["qft"]?["0"] as Any)
results["ghz"]?["000"] = 10
print(results["ghz"]!["000"]!, results["ghz"]!.count)
print(["only": ["one": 1]])
