/// Specialised closures for Int and Double operators, with Swift's traps.
enum Arithmetic {
    static func overflow(_ op: String, _ loc: SourceLoc) -> Trap {
        Trap(id: "overflow", message: "arithmetic overflow: the result of '\(op)' does not fit in 'Int'", loc: loc)
    }

    /// Code for the Int operators without a shape-specialised form (`Specialized.intBinary`
    /// has `+ - *`): division, remainder, wrapping, bitwise and shift operators.
    static func intBinary(_ op: String, _ l: @escaping IntCode, _ r: @escaping IntCode, _ loc: SourceLoc) -> IntCode? {
        switch op {
        case "/":
            return { fp throws(Trap) in
                let a = try l(fp), b = try r(fp)
                if b == 0 { throw Trap(id: "division-by-zero", message: "division by zero", loc: loc) }
                let (v, o) = a.dividedReportingOverflow(by: b)
                if o { throw overflow(op, loc) }
                return v
            }
        case "%":
            return { fp throws(Trap) in
                let a = try l(fp), b = try r(fp)
                if b == 0 { throw Trap(id: "division-by-zero", message: "division by zero in remainder operation", loc: loc) }
                let (v, o) = a.remainderReportingOverflow(dividingBy: b)
                if o { throw overflow(op, loc) }
                return v
            }
        case "&+": return { fp throws(Trap) in try l(fp) &+ r(fp) }
        case "&-": return { fp throws(Trap) in try l(fp) &- r(fp) }
        case "&*": return { fp throws(Trap) in try l(fp) &* r(fp) }
        case "&": return { fp throws(Trap) in try l(fp) & r(fp) }
        case "|": return { fp throws(Trap) in try l(fp) | r(fp) }
        case "^": return { fp throws(Trap) in try l(fp) ^ r(fp) }
        // Swift's `<<`/`>>` on Int are "smart" shifts: negative amounts shift the other way,
        // and amounts past the width give 0 (or -1 for a negative value shifted right).
        case "<<": return { fp throws(Trap) in try l(fp) << r(fp) }
        case ">>": return { fp throws(Trap) in try l(fp) >> r(fp) }
        case "&<<": return { fp throws(Trap) in try l(fp) &<< r(fp) }
        case "&>>": return { fp throws(Trap) in try l(fp) &>> r(fp) }
        default: return nil
        }
    }

    /// Compile-time folding of constant Int operations, reporting what swiftc reports.
    static func foldInt(_ op: String, _ a: Int, _ b: Int) -> (value: Int?, error: String?) {
        switch op {
        case "+": let (v, o) = a.addingReportingOverflow(b); return o ? (nil, "arithmetic operation '\(a) + \(b)' (on type 'Int') results in an overflow") : (v, nil)
        case "-": let (v, o) = a.subtractingReportingOverflow(b); return o ? (nil, "arithmetic operation '\(a) - \(b)' (on type 'Int') results in an overflow") : (v, nil)
        case "*": let (v, o) = a.multipliedReportingOverflow(by: b); return o ? (nil, "arithmetic operation '\(a) * \(b)' (on type 'Int') results in an overflow") : (v, nil)
        case "/":
            if b == 0 { return (nil, "division by zero") }
            let (v, o) = a.dividedReportingOverflow(by: b); return o ? (nil, "arithmetic operation '\(a) / \(b)' (on type 'Int') results in an overflow") : (v, nil)
        case "%":
            if b == 0 { return (nil, "division by zero") }
            let (v, o) = a.remainderReportingOverflow(dividingBy: b); return o ? (nil, "arithmetic operation '\(a) % \(b)' (on type 'Int') results in an overflow") : (v, nil)
        default: return (nil, nil)
        }
    }
}

extension Arithmetic {
    static func intCombine(_ op: String, _ loc: SourceLoc) -> ((Int, Int) throws(Trap) -> Int)? {
        switch op {
        case "+": return { a, b throws(Trap) in let (v, o) = a.addingReportingOverflow(b); if o { throw overflow("+=", loc) }; return v }
        case "-": return { a, b throws(Trap) in let (v, o) = a.subtractingReportingOverflow(b); if o { throw overflow("-=", loc) }; return v }
        case "*": return { a, b throws(Trap) in let (v, o) = a.multipliedReportingOverflow(by: b); if o { throw overflow("*=", loc) }; return v }
        case "/": return { a, b throws(Trap) in
            if b == 0 { throw Trap(id: "division-by-zero", message: "division by zero", loc: loc) }
            let (v, o) = a.dividedReportingOverflow(by: b); if o { throw overflow("/=", loc) }; return v }
        case "%": return { a, b throws(Trap) in
            if b == 0 { throw Trap(id: "division-by-zero", message: "division by zero in remainder operation", loc: loc) }
            let (v, o) = a.remainderReportingOverflow(dividingBy: b); if o { throw overflow("%=", loc) }; return v }
        case "&+": return { a, b in a &+ b }
        case "&-": return { a, b in a &- b }
        case "&*": return { a, b in a &* b }
        case "&": return { a, b in a & b }
        case "|": return { a, b in a | b }
        case "^": return { a, b in a ^ b }
        case "<<": return { a, b in a << b }
        case ">>": return { a, b in a >> b }
        default: return nil
        }
    }

    static func doubleCombine(_ op: String) -> ((Double, Double) -> Double)? {
        switch op {
        case "+": { $0 + $1 }
        case "-": { $0 - $1 }
        case "*": { $0 * $1 }
        case "/": { $0 / $1 }
        default: nil
        }
    }
}
