// An overflow inside an enum method traps on the line of the arithmetic.
enum Counter {
    case count(Int)
    func doubled() -> Counter {
        switch self {
        case .count(let n): return .count(n * 2) // traps here
        }
    }
}
var c = Counter.count(1)
for i in 0..<70 {
    c = c.doubled()
    if i % 20 == 0 { print(c) }
}
