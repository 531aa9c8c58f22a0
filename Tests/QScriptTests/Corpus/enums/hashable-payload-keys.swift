// Enums with payloads declared Hashable key a dictionary of lattice terms.
enum Term: Hashable { case site(Int), bond(Int, Int) }
var weights: [Term: Double] = [:]
let n = 4
for i in 0..<n {
    weights[.site(i)] = Double(i) * 0.5
    weights[.bond(i, (i + 1) % n)] = -1.0
}
weights[.site(2)]! += 10
print(weights.count, weights[.site(2)]!, weights[.bond(3, 0)]!, weights[.bond(0, 3)] as Any)
var total = 0.0
for (_, w) in weights { total += w }
print(total)
let one: [Term: Double] = [.bond(1, 2): 0.25]
print(one)
