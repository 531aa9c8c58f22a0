var s = ""
for i in 0..<100_000 {
    s += String(i % 10)
    if i % 1000 == 999 { s += "\n" }
}
print(s.count)
