enum Sign: Int {
    case plus = 1, minus = -1
    init(bit: Int) {
        self.init(rawValue: bit == 0 ? 1 : -1)!
    }
}
print(Sign(bit: 0), Sign(bit: 1))
