// A closure body with several statements and local variables.
let describe = { (values: [Int]) -> String in
    var evens = 0
    var odds = 0
    for v in values {
        if v % 2 == 0 {
            evens += 1
        } else {
            odds += 1
        }
    }
    let total = evens + odds
    return "\(total) values: \(evens) even, \(odds) odd"
}
print(describe([1, 2, 3, 4, 5]))
print(describe([]))
