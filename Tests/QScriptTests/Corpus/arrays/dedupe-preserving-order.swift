// Removing duplicates while keeping the first occurrence, and counting repeats.
let measurements = [3, 1, 3, 2, 1, 3, 0, 2, 2, 3]
var unique: [Int] = []
for m in measurements where !unique.contains(m) { unique.append(m) }
print(unique)
var runs: [(value: Int, count: Int)] = []
for m in measurements {
    if let last = runs.last, last.value == m { runs[runs.count - 1].count += 1 }
    else { runs.append((m, 1)) }
}
print(runs.count, runs.map { "\($0.value)x\($0.count)" }.joined(separator: " "))
let positions = unique.map { u in measurements.indices.filter { measurements[$0] == u } }
print(positions)
print(measurements.lastIndex(of: 3) as Any, measurements.firstIndex(of: 9) as Any)
