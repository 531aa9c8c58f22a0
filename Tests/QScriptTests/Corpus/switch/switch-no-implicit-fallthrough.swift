// Only the first matching case runs; there is no implicit fallthrough.
var log: [String] = []
for n in [1, 2, 3] {
    switch n {
    case 1:
        log.append("one")
    case 1, 2:
        log.append("one or two")
    default:
        log.append("other")
    }
}
print(log)
// break in a switch ends the switch, not the enclosing loop.
var seen = 0
for n in 0..<5 {
    switch n {
    case 2:
        break
    default:
        seen += 1
    }
}
print(seen)
