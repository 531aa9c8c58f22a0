// Double payloads compare as Doubles: 0.0 equals -0.0, also as dictionary keys.
enum Phase: Hashable { case angle(Double), none }
let a = Phase.angle(0.0)
let b = Phase.angle(-0.0)
print(a == b, a, b)
var seen: [Phase: Int] = [:]
for p in [a, b, .angle(1.5), .none, .angle(1.5)] { seen[p, default: 0] += 1 }
print(seen.count, seen[.angle(0)]!, seen[.angle(1.5)]!, seen[.none]!)
struct Bloch: Hashable { var theta: Double; var phi: Double }
let keys = [Bloch(theta: 0.0, phi: -0.0), Bloch(theta: -0.0, phi: 0.0)]
print(keys[0] == keys[1], [keys[0]: "north"][keys[1]] as Any)
print(Phase.angle(0.1 + 0.2), Phase.angle(1e20), [Phase.angle(-1e-7)])
