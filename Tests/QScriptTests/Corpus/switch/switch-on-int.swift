// Switching on an Int with single values, several values per case and default.
func name(ofDigit d: Int) -> String {
    switch d {
    case 0:
        return "zero"
    case 1:
        return "one"
    case 2, 3, 5, 7:
        return "a prime digit"
    case 4, 6, 8, 9:
        return "a composite digit"
    default:
        return "not a digit"
    }
}
for d in [0, 1, 5, 8, 12, -1] {
    print(d, name(ofDigit: d))
}
