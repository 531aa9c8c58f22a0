// An enum stored in a struct, changed through the struct's mutating methods.
enum Spin: String { case up = "+", down = "-" }
struct Chain {
    var spins: [Spin]
    var energy: Int {
        var e = 0
        for i in 0..<spins.count - 1 { e += spins[i] == spins[i + 1] ? -1 : 1 }
        return e
    }
    mutating func flip(_ i: Int) { spins[i] = spins[i] == .up ? .down : .up }
    func render() -> String { spins.map { $0.rawValue }.joined() }
}
var c = Chain(spins: [.up, .up, .down, .up])
print(c.render(), c.energy)
c.flip(2)
print(c.render(), c.energy)
print(c)
var d = c
d.flip(0)
print(c.render(), d.render())
