// Grouping digits in threes by hand, for positive and negative numbers.
func grouped(_ n: Int) -> String {
    let digits = Array(String(abs(n)))
    var out = ""
    for (i, d) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
        out.append(d)
    }
    return n < 0 ? "-" + out : out
}
for n in [0, 7, 999, 1000, 65536, -1234567, 1 << 40, Int.max] { print(grouped(n)) }
let shots = [1024, 4096, 1_000_000]
print(shots.map(grouped).joined(separator: " | "))
