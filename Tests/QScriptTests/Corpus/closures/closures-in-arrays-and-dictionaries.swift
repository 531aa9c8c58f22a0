// Closures stored in collections, looked up and applied.
let operations: [String: (Double, Double) -> Double] = [
    "add": { $0 + $1 },
    "sub": { $0 - $1 },
    "mul": { $0 * $1 },
    "div": { $0 / $1 },
]
for name in operations.keys.sorted() {
    if let op = operations[name] {
        print(name, op(7, 2))
    }
}
let steps: [(Int) -> Int] = [{ $0 + 3 }, { $0 * $0 }, { -$0 }]
print(steps.reduce(2) { value, step in step(value) })
