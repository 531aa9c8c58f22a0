// Run-length encoding of a measurement record.
func encode(_ bits: [Int]) -> [(value: Int, run: Int)] {
    var runs: [(value: Int, run: Int)] = []
    for b in bits {
        if let last = runs.last, last.value == b {
            runs[runs.count - 1].run += 1
        } else {
            runs.append((b, 1))
        }
    }
    return runs
}
let record = [0, 0, 0, 1, 1, 0, 1, 1, 1, 1]
let runs = encode(record)
print(runs)
print(runs.map { "\($0.run)x\($0.value)" }.joined(separator: ","))
var decoded: [Int] = []
for r in runs {
    for _ in 0..<r.run { decoded.append(r.value) }
}
print(decoded == record, encode([]).count)
