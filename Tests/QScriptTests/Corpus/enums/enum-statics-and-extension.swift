enum Spin: Int {
    case up = 1, down = -1
    static func from(bit: Int) -> Spin { bit == 0 ? .up : .down }
    static var all: [Spin] { [.up, .down] }
}
extension Spin: CustomStringConvertible {
    var description: String { self == .up ? "↑" : "↓" }
    func flipped() -> Spin { self == .up ? .down : .up }
}
let spins = [0, 1, 1, 0].map { Spin.from(bit: $0) }
print(spins, spins.map { $0.flipped() })
print(Spin.all, Spin.all.map { $0.rawValue })
print("\(Spin.up) and \(Spin(rawValue: -1)!)")
