// Range patterns, both closed and half-open.
func grade(_ score: Int) -> String {
    switch score {
    case 90...100: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    case 0..<70: return "F"
    default: return "invalid"
    }
}
print([95, 90, 89, 70, 12, 101, -5].map { grade($0) })
func bucket(_ x: Double) -> String {
    switch x {
    case let v where v < 0: return "negative"
    case 0..<0.5: return "low"
    case 0.5...1: return "high"
    default: return "above one"
    }
}
print([-1, 0, 0.49, 0.5, 1, 1.01].map { bucket($0) })
