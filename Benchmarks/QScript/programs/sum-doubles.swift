var total = 0.0
for i in 0..<1_000_000 {
    total += Double(i) * 0.5
}
print(total)
