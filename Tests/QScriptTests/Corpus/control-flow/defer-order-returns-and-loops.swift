func f(_ n: Int) -> Int {
    var log: [String] = []
    defer { print("leaving f(\(n)) with log \(log)") }
    log.append("start")
    if n > 2 {
        defer { print("inner defer") }
        log.append("big")
        return n * 2
    }
    defer { print("second defer, n = \(n)") }
    log.append("small")
    return n
}
print(f(1))
print(f(5))
for i in 0..<4 {
    defer { print("end of iteration \(i)") }
    if i == 1 { continue }
    if i == 3 { break }
    print("body \(i)")
}
var counter = 0
func bump() -> Int {
    defer { counter += 1 }
    return counter
}
print(bump(), bump(), counter)
let double: (Int) -> Int = { x in
    defer { print("closure done") }
    return x * 2
}
print(double(21))
do {
    defer { print("block exit") }
    print("in block")
}
func loops() {
    defer {
        for j in 0..<3 {
            if j == 1 { break }
            print("deferred loop \(j)")
        }
    }
    print("loops")
}
loops()
