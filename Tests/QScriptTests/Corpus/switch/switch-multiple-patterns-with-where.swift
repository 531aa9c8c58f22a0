// Several patterns sharing one body, and a where clause applied to a range pattern.
func kind(_ c: String) -> String {
    switch c {
    case "a", "e", "i", "o", "u":
        return "vowel"
    case "y":
        return "sometimes"
    default:
        return "consonant"
    }
}
print(["q", "u", "a", "n", "t", "u", "m", "l", "y"].map { kind($0) })
let temps = [-5, 3, 18, 25, 40]
for t in temps {
    switch t {
    case let x where x < 0:
        print(x, "freezing")
    case 0...20 where t % 2 == 1:
        print(t, "cool and odd")
    case 0...20:
        print(t, "cool")
    default:
        print(t, "warm")
    }
}
