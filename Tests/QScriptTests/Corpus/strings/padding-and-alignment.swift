// Left- and right-aligning columns without String(format:).
func padLeft(_ s: String, _ width: Int) -> String {
    var out = s
    while out.count < width { out = " " + out }
    return out
}
func padRight(_ s: String, _ width: Int) -> String {
    var out = s
    while out.count < width { out += " " }
    return out
}
let rows = [("H", 1), ("CNOT", 12), ("T", 105)]
for (gate, count) in rows {
    print(padRight(gate, 6) + "|" + padLeft(String(count), 5))
}
print(padLeft("toolong", 3))
