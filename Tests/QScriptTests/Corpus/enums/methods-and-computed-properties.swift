// Methods and computed properties of an enum; switch over self.
enum Gate {
    case x, y, z, h
    case rz(Double)

    var name: String {
        switch self {
        case .x: return "X"
        case .y: return "Y"
        case .z: return "Z"
        case .h: return "H"
        case .rz(let t): return "RZ(\(t))"
        }
    }

    var isPauli: Bool {
        switch self {
        case .x, .y, .z: return true
        default: return false
        }
    }

    func repeated(_ n: Int) -> [Gate] { Array(repeating: self, count: n) }

    func label(prefix: String = "q") -> String { prefix + ":" + name }
}
let circuit: [Gate] = [.h, .x, .rz(0.5), .z]
print(circuit.map { $0.name })
print(circuit.filter { $0.isPauli }.count, Gate.h.repeated(3), Gate.rz(1).label(), Gate.x.label(prefix: "a"))
