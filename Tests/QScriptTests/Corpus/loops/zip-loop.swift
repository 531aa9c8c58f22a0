// zip walks two sequences in step and stops at the shorter one.
let xs = [1.0, 2.0, 3.0]
let ys = [4.0, 5.0, 6.0, 7.0]
var dot = 0.0
for (x, y) in zip(xs, ys) {
    dot += x * y
}
print(dot)
let names = ["alice", "bob", "carol"]
for (name, score) in zip(names, [90, 75]) {
    print(name, score)
}
for (i, j) in zip(0..<3, stride(from: 10, to: 40, by: 10)) {
    print(i, j)
}
