/// Conversions that trap in Swift.
enum Conversions {
    static func doubleToInt(_ d: Double, _ loc: SourceLoc) throws(Trap) -> Int {
        if d.isNaN || d.isInfinite {
            throw Trap(id: "invalid-conversion", message: "Double value cannot be converted to Int because it is either infinite or NaN", loc: loc)
        }
        if d >= 9223372036854775808.0 {
            throw Trap(id: "invalid-conversion", message: "Double value cannot be converted to Int because the result would be greater than Int.max", loc: loc)
        }
        if d < -9223372036854775808.0 {
            throw Trap(id: "invalid-conversion", message: "Double value cannot be converted to Int because the result would be less than Int.min", loc: loc)
        }
        return Int(d)
    }

    /// `String(format:)` is C's printf: a conversion that does not match its argument would
    /// read garbage, so each one is checked against the argument's type first.
    static func validateFormat(_ f: String, _ types: [QType], _ loc: SourceLoc) throws(Trap) {
        var i = f.startIndex
        var n = 0
        while i < f.endIndex {
            if f[i] != "%" { i = f.index(after: i); continue }
            i = f.index(after: i)
            guard i < f.endIndex else { break }
            if f[i] == "%" { i = f.index(after: i); continue }
            while i < f.endIndex, "0123456789.-+ #'lhqLjzt*".contains(f[i]) {
                if f[i] == "*" {
                    // A `*` width or precision takes an Int argument of its own.
                    guard n < types.count else {
                        throw Trap(id: "format-arguments", message: "String(format:) has more conversions than arguments", loc: loc)
                    }
                    if types[n] != .int {
                        throw Trap(id: "format-arguments", message: "String(format:) width or precision '*' does not match an argument of type '\(types[n])'", loc: loc)
                    }
                    n += 1
                }
                i = f.index(after: i)
            }
            guard i < f.endIndex else { break }
            let conv = f[i]
            i = f.index(after: i)
            guard n < types.count else {
                throw Trap(id: "format-arguments", message: "String(format:) has more conversions than arguments", loc: loc)
            }
            let t = types[n]
            n += 1
            let ok: Bool
            switch conv {
            case "d", "i", "x", "X", "o", "u", "c": ok = t == .int
            case "f", "F", "e", "E", "g", "G", "a", "A": ok = t == .double
            case "@": ok = t == .string
            default: ok = false
            }
            if !ok {
                throw Trap(id: "format-arguments", message: "String(format:) conversion '%\(conv)' does not match an argument of type '\(t)'", loc: loc)
            }
        }
    }
}
