// Computed properties whose body is one switch expression, and a method built on them.
enum Element: Int, CaseIterable {
    case hydrogen = 1, helium, lithium, beryllium
    var symbol: String {
        switch self {
        case .hydrogen: "H"
        case .helium: "He"
        case .lithium: "Li"
        case .beryllium: "Be"
        }
    }
    var isNobleGas: Bool {
        if self == .helium { true } else { false }
    }
    func label() -> String { "\(symbol)(\(rawValue))" + (isNobleGas ? "*" : "") }
}
print(Element.allCases.map { $0.label() }.joined(separator: " "))
print(Element.allCases.filter { $0.rawValue % 2 == 0 })
