// A table of binary operations as closures, used by a small RPN evaluator.
let ops: [String: (Int, Int) -> Int] = [
    "+": { $0 + $1 }, "-": { $0 - $1 }, "*": { $0 * $1 },
    "max": max, "pow": { b, e in (0..<e).reduce(1) { acc, _ in acc * b } },
]
func evaluate(_ text: String) -> Int? {
    var stack: [Int] = []
    for token in text.split(separator: " ") {
        if let n = Int(token) { stack.append(n); continue }
        guard let op = ops[String(token)], stack.count >= 2 else { return nil }
        let b = stack.removeLast(), a = stack.removeLast()
        stack.append(op(a, b))
    }
    return stack.count == 1 ? stack[0] : nil
}
for e in ["3 4 +", "2 3 4 * +", "2 10 pow 1 -", "5 1 2 + 4 * + 3 -", "1 +", "7 2 max 3 max", "1 2"] {
    print(e, "=>", evaluate(e) as Any)
}
print(ops.keys.sorted())
