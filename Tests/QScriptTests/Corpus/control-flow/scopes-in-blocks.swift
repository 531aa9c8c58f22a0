// Names declared in a block disappear at its end; outer names stay visible.
let base = 10
var results: [Int] = []
for i in 0..<3 {
    let local = base + i
    if local % 2 == 0 {
        let doubled = local * 2
        results.append(doubled)
    } else {
        results.append(local)
    }
}
print(results)
func f() -> Int {
    let base = 1
    return base
}
print(f(), base)
