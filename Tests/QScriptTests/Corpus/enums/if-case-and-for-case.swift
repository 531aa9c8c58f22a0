// if case, guard case and for case over enum values.
enum Event { case click(x: Int, y: Int), key(Character), idle }
let events: [Event] = [.click(x: 1, y: 2), .key("a"), .idle, .click(x: 5, y: 0), .key("b")]
for case .click(let x, let y) in events { print("click", x, y) }
for case let .key(k) in events where k != "a" { print("key", k) }
var idle = 0
for e in events {
    if case .idle = e { idle += 1 }
}
print("idle", idle)
func firstKey(_ es: [Event]) -> Character? {
    for e in es {
        guard case .key(let c) = e else { continue }
        return c
    }
    return nil
}
print(firstKey(events) ?? "-", firstKey([]) ?? "-")
let clicks = events.filter { if case .click = $0 { return true }; return false }
print(clicks.count)
