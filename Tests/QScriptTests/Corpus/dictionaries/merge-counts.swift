// Merging measurement counts from several runs; keys missing in a run count as zero.
let runs: [[String: Int]] = [["00": 480, "11": 510, "01": 10], ["00": 502, "11": 490, "10": 8], ["11": 7]]
var merged: [String: Int] = [:]
for r in runs {
    for (k, v) in r { merged[k, default: 0] += v }
}
let total = merged.values.reduce(0, +)
for k in merged.keys.sorted() {
    print(k, merged[k]!, (Double(merged[k]!) / Double(total) * 1000).rounded() / 1000)
}
print("total", total)
let agreement = ["00", "01", "10", "11"].map { k in runs.map { $0[k] ?? 0 } }
print(agreement)
merged["01"] = nil
merged.removeValue(forKey: "10")
print(merged.count, merged.keys.sorted())
