// Struct properties of tuple, array and dictionary type print as Swift prints them.
struct Sample { var pair: (Int, String); var weights: [Double]; var tags: [String: Int]; var named: (x: Int, y: Int) }
var s = Sample(pair: (1, "a"), weights: [0.5, 0.25], tags: ["k": 1], named: (x: 3, y: 4))
print(s)
s.pair.0 += 1
s.named.y = 40
s.weights.append(0.125)
s.tags["k"] = nil
print(s)
print(s.named.x + s.named.y, s.pair.1, s.weights.reduce(0, +))
