// A let declared without a value is initialised exactly once on every path.
let steps = 7
let parity: String
if steps % 2 == 0 {
    parity = "even"
} else {
    parity = "odd"
}
print(steps, "is", parity)
var best: Int
best = 0
for candidate in [4, 9, 2] {
    if candidate > best {
        best = candidate
    }
}
print("best:", best)
