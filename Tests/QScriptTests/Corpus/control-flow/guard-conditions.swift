// guard with plain boolean conditions.
func checkProbabilities(_ p: [Double]) -> String {
    guard !p.isEmpty else { return "empty" }
    guard p.filter({ $0 < 0 }).isEmpty else { return "negative entry" }
    var total = 0.0
    for x in p { total += x }
    guard abs(total - 1) < 1e-9 else { return "sums to \(total)" }
    return "ok"
}
print(checkProbabilities([]))
print(checkProbabilities([0.5, -0.5, 1]))
print(checkProbabilities([0.25, 0.25]))
print(checkProbabilities([0.1, 0.2, 0.7]))
