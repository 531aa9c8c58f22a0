// defer in loop bodies and nested blocks runs at the end of each iteration, in reverse order.
func process(_ items: [Int]) -> [String] {
    var log: [String] = []
    for x in items {
        log.append("start \(x)")
        defer { log.append("end \(x)") }
        if x < 0 { continue }
        do {
            defer { log.append("inner \(x)") }
            if x == 0 { break }
            log.append("work \(x)")
        }
    }
    return log
}
print(process([1, -1, 2]).joined(separator: ", "))
print(process([3, 0, 4]).joined(separator: ", "))
