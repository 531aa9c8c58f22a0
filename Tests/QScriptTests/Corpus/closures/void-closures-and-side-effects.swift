// Closures of type () -> Void and (T) -> Void used as callbacks.
var events: [String] = []
let onStart: () -> Void = { events.append("start") }
let onValue: (Double) -> Void = { v in events.append("value \(v)") }
onStart()
for v in [0.25, 0.5] {
    onValue(v)
}
print(events)
func measure(_ n: Int, report: (Int, Int) -> Void) {
    var ones = 0
    var k = n
    while k > 0 {
        ones += k & 1
        k >>= 1
    }
    report(n, ones)
}
measure(13) { n, ones in print("\(n) has \(ones) one bits") }
