enum Qubit: Equatable {
    case zero, one, plus, minus

    init(bit: Int) {
        self = bit == 0 ? .zero : .one
    }

    init?(symbol: Character) {
        switch symbol {
        case "0": self = .zero
        case "1": self = .one
        case "+": self = .plus
        case "-": self = .minus
        default: return nil
        }
    }
}

print(Qubit(bit: 0), Qubit(bit: 5))
let states = "01+-x".map { Qubit(symbol: $0) }
print(states)
print(Qubit(symbol: "+") == .plus)
