// stride(from:through:by:) includes the end value when it is reached exactly.
for angle in stride(from: 0, through: 180, by: 45) {
    print(angle, terminator: " ")
}
print()
var xs: [Double] = []
for x in stride(from: 1.0, through: 0.0, by: -0.5) {
    xs.append(x)
}
print(xs)
var odd: [Int] = []
for k in stride(from: 1, through: 10, by: 3) {
    odd.append(k)
}
print(odd)
// Each value is start + i * step (not a running sum), so 3 * 0.1 shows its rounding
// error and the end value 1.0 is still reached.
var ticks: [Double] = []
for t in stride(from: 0.0, through: 1.0, by: 0.1) { ticks.append(t) }
print(ticks.count)
print(ticks)
var running = 0.0
for _ in 0..<10 { running += 0.1 }
print(running)
