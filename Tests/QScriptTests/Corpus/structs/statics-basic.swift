struct Units {
    static let hbar = 1.054571817e-34
    static var created = 0
    static let names = ["x", "y", "z"]

    var value: Double

    init(_ value: Double) {
        self.value = value
        Units.created += 1
    }

    static func zero() -> Units { Units(0) }

    static func sum(_ xs: [Units]) -> Units {
        Units(xs.reduce(0) { $0 + $1.value })
    }

    static var description: String { "\(created) values, \(names.count) names" }

    func scaled() -> Double { value * Self.hbar }
}

print(Units.hbar)
let a = Units(2), b = Units.zero()
print(Units.created, a, b)
print(Units.sum([a, b, Units(3)]))
print(Units.description)
Units.created = 100
Units.created += 1
print(Units.created, Units.names[1])
print(a.scaled())
