// A small state machine: a parser of signed decimal numbers.
enum State { case start, sign, integer, dot, fraction, fail }
func step(_ s: State, _ c: Character) -> State {
    switch (s, c) {
    case (.start, "+"), (.start, "-"): return .sign
    case (.start, _), (.sign, _), (.integer, _):
        if c.isNumber { return .integer }
        if c == "." && s == .integer { return .dot }
        return .fail
    case (.dot, _), (.fraction, _):
        return c.isNumber ? .fraction : .fail
    case (.fail, _):
        return .fail
    }
}
func accepts(_ text: String) -> Bool {
    var s = State.start
    for c in text { s = step(s, c) }
    return s == .integer || s == .fraction
}
for t in ["12", "-3.25", "+", "1.", "4.5.6", "x1", "007"] {
    print(t, accepts(t))
}
