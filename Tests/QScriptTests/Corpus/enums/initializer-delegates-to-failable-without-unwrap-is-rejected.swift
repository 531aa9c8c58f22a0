enum Sign: Int {
    case plus = 1, minus = -1
    init(bit: Int) {
        self.init(rawValue: bit == 0 ? 1 : -1) // error here
    }
}
print(Sign(bit: 0))
