var xs: [Int] = []
for i in 0..<100_000 {
    xs.append(i * 2)
}
print(xs.count, xs[99_999])
