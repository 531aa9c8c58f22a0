// Mutating methods on enum values held in arrays, dictionaries and struct properties.
enum Dial: Int {
    case low, mid, high
    mutating func up() { self = Dial(rawValue: min(rawValue + 1, 2))! }
}
struct Panel { var dials: [Dial]; var main: Dial }
var dials: [Dial] = [.low, .mid, .high]
for i in dials.indices { dials[i].up() }
print(dials)
var byName: [String: Dial] = ["a": .low, "b": .high]
byName["a"]?.up()
byName["zz"]?.up()
print(byName["a"]!, byName["b"]!, byName["zz"] as Any)
var p = Panel(dials: [.low, .low], main: .mid)
p.dials[1].up()
p.main.up()
print(p)
