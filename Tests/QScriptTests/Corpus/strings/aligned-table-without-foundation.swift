// A right- and left-aligned text table built with padding helpers, no Foundation.
func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}
func padRight(_ s: String, _ width: Int, _ fill: Character = " ") -> String {
    s.count >= width ? s : s + String(repeating: fill, count: width - s.count)
}
let rows: [(String, Int, Double)] = [("bell", 2, 0.97), ("ghz", 3, 0.912), ("qft-4", 4, 0.8), ("grover", 5, 0.75)]
let nameWidth = rows.map { $0.0.count }.max()! + 2
print(padRight("circuit", nameWidth) + padLeft("n", 3) + padLeft("fidelity", 10))
print(padRight("", nameWidth + 13, "-"))
for (name, n, f) in rows {
    print(padRight(name, nameWidth) + padLeft(String(n), 3) + padLeft("\(f)", 10))
}
print(padLeft("toolong", 3), "|" + padRight("x", 4, ".") + "|")
