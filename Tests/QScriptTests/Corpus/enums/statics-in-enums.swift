enum Gate: String, CaseIterable {
    case h, x, z

    static let cliffords: [Gate] = [.h, .z]
    static var applied = 0

    static func parse(_ s: String) -> [Gate] {
        applied += 1
        return s.compactMap { Gate(rawValue: String($0)) }
    }

    static func count(in s: String) -> Int { parse(s).count }

    var isClifford: Bool { Gate.cliffords.contains(self) }
}

print(Gate.parse("hxzq"))
print(Gate.count(in: "hhh"), Gate.applied)
print(Gate.allCases.map { $0.isClifford })
print(Gate.cliffords)
