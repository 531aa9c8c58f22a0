// case let x where condition.
func describe(_ n: Int) -> String {
    switch n {
    case let x where x < 0:
        return "\(x) is negative"
    case let x where x % 2 == 0:
        return "\(x) is even"
    case let x where x.isMultiple(of: 3):
        return "\(x) is an odd multiple of three"
    case let x:
        return "\(x) is something else"
    }
}
for n in [-4, 0, 6, 9, 11] {
    print(describe(n))
}
