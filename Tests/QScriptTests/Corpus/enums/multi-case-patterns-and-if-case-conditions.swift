// Several patterns per case, if case with further conditions, and negated matches.
enum Token { case digit(Int), plus, minus, times, open, close, space }
func tokens(_ s: String) -> [Token] {
    s.map { c -> Token in
        switch c {
        case "+": return .plus
        case "-": return .minus
        case "*": return .times
        case "(": return .open
        case ")": return .close
        default: return c.isNumber ? .digit(c.wholeNumberValue!) : .space
        }
    }
}
let ts = tokens("(1 + 23) * 4 - 5")
var ops = 0, parens = 0, digitSum = 0
for t in ts {
    switch t {
    case .plus, .minus, .times: ops += 1
    case .open, .close: parens += 1
    case .digit(let d) where d > 2, .digit(let d) where d == 1: digitSum += d
    case .digit, .space: break
    }
    if case .digit(let d) = t, d % 2 == 0 { print("even digit", d) }
}
print(ops, parens, digitSum)
print(ts.filter { if case .space = $0 { return false } else { return true } }.count)
