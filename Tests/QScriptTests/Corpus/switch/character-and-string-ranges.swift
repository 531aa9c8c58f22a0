// Ranges of characters and strings in case patterns (closed, half-open, one-sided).
func kind(_ c: Character) -> String {
    switch c {
    case "a"..."z": return "lower"
    case "A"..."Z": return "upper"
    case "0"..<":": return "digit"
    default: return "other"
    }
}
print("aZ7_".map(kind))
func bucket(_ w: String) -> Int {
    switch w {
    case ..<"g": return 0
    case "g"..<"p": return 1
    case "p"...: return 2
    default: return -1
    }
}
print(["apple", "grape", "zebra", "P"].map(bucket))
