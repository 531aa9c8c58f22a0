// Cycling through allCases with indices and modulo, as a turn-based loop does.
enum Direction: String, CaseIterable { case north, east, south, west
    func turnedRight() -> Direction {
        let all = Direction.allCases
        let i = all.firstIndex(of: self)!
        return all[(i + 1) % all.count]
    }
    var opposite: Direction { turnedRight().turnedRight() }
}
var d = Direction.west
for _ in 0..<5 {
    d = d.turnedRight()
    print(d, d.opposite, d.rawValue.uppercased())
}
print(Direction.allCases.filter { $0.rawValue.count == 5 })
print(Direction.allCases.map { $0.opposite }.map { $0.rawValue.first! })
