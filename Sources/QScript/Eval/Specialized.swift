/// Operator closures specialised by the shape of their operands ("superinstructions"): an
/// operand that is a constant or a plain local slot is read inline instead of through a
/// closure of its own, which halves the closure calls of typical arithmetic (`n - 1`,
/// `i < count`, `a * b`). Each operator is a type, so the generic builders below are
/// specialised per operator by the optimiser.
// Two concrete enums rather than one generic one: a closure stored in a generic payload is
// re-abstracted (thunked) on every call.
enum IntOperand {
    case constant(Int)
    case slot(Int, name: String)
    case code(IntCode)
}

enum DoubleOperand {
    case constant(Double)
    case slot(Int, name: String)
    case code(DoubleCode)
}

protocol IntOperator {
    static func apply(_ a: Int, _ b: Int, _ loc: SourceLoc) throws(Trap) -> Int
}

protocol IntComparison {
    static func apply(_ a: Int, _ b: Int) -> Bool
}

protocol DoubleOperator {
    static func apply(_ a: Double, _ b: Double) -> Double
}

protocol DoubleComparison {
    static func apply(_ a: Double, _ b: Double) -> Bool
}

enum IntAdd: IntOperator {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ loc: SourceLoc) throws(Trap) -> Int {
        let (v, o) = a.addingReportingOverflow(b)
        if o { throw Arithmetic.overflow("+", loc) }
        return v
    }
}

enum IntSubtract: IntOperator {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ loc: SourceLoc) throws(Trap) -> Int {
        let (v, o) = a.subtractingReportingOverflow(b)
        if o { throw Arithmetic.overflow("-", loc) }
        return v
    }
}

enum IntMultiply: IntOperator {
    @inline(__always) static func apply(_ a: Int, _ b: Int, _ loc: SourceLoc) throws(Trap) -> Int {
        let (v, o) = a.multipliedReportingOverflow(by: b)
        if o { throw Arithmetic.overflow("*", loc) }
        return v
    }
}

enum IntLess: IntComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a < b } }
enum IntLessEqual: IntComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a <= b } }
enum IntGreater: IntComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a > b } }
enum IntGreaterEqual: IntComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a >= b } }
enum IntEqual: IntComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a == b } }
enum IntNotEqual: IntComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a != b } }

enum DoubleAdd: DoubleOperator { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a + b } }
enum DoubleSubtract: DoubleOperator { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a - b } }
enum DoubleMultiply: DoubleOperator { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a * b } }
enum DoubleDivide: DoubleOperator { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a / b } }

enum DoubleLess: DoubleComparison { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool { a < b } }
enum DoubleLessEqual: DoubleComparison { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool { a <= b } }
enum DoubleGreater: DoubleComparison { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool { a > b } }
enum DoubleGreaterEqual: DoubleComparison { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool { a >= b } }
enum DoubleEqual: DoubleComparison { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool { a == b } }
enum DoubleNotEqual: DoubleComparison { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Bool { a != b } }

enum Specialized {
    @inline(__always)
    static func int(_ fp: Frame, _ slot: Int, _ name: String, _ loc: SourceLoc) throws(Trap) -> Int {
        try fp[slot].checkedInt(name, loc)
    }

    @inline(__always)
    static func double(_ fp: Frame, _ slot: Int, _ name: String, _ loc: SourceLoc) throws(Trap) -> Double {
        try fp[slot].checkedDouble(name, loc)
    }

    /// Code for an Int operator on specialised operands, or nil if `op` has no fast form.
    static func intBinary(_ op: String, _ l: IntOperand, _ r: IntOperand, _ loc: SourceLoc) -> IntCode? {
        switch op {
        case "+": int(IntAdd.self, l, r, loc)
        case "-": int(IntSubtract.self, l, r, loc)
        case "*": int(IntMultiply.self, l, r, loc)
        default: nil
        }
    }

    static func intCompare(_ op: String, _ l: IntOperand, _ r: IntOperand, _ loc: SourceLoc) -> BoolCode? {
        switch op {
        case "<": compare(IntLess.self, l, r, loc)
        case "<=": compare(IntLessEqual.self, l, r, loc)
        case ">": compare(IntGreater.self, l, r, loc)
        case ">=": compare(IntGreaterEqual.self, l, r, loc)
        case "==": compare(IntEqual.self, l, r, loc)
        case "!=": compare(IntNotEqual.self, l, r, loc)
        default: nil
        }
    }

    static func doubleBinary(_ op: String, _ l: DoubleOperand, _ r: DoubleOperand, _ loc: SourceLoc) -> DoubleCode? {
        switch op {
        case "+": double(DoubleAdd.self, l, r, loc)
        case "-": double(DoubleSubtract.self, l, r, loc)
        case "*": double(DoubleMultiply.self, l, r, loc)
        case "/": double(DoubleDivide.self, l, r, loc)
        default: nil
        }
    }

    static func doubleCompare(_ op: String, _ l: DoubleOperand, _ r: DoubleOperand, _ loc: SourceLoc) -> BoolCode? {
        switch op {
        case "<": compare(DoubleLess.self, l, r, loc)
        case "<=": compare(DoubleLessEqual.self, l, r, loc)
        case ">": compare(DoubleGreater.self, l, r, loc)
        case ">=": compare(DoubleGreaterEqual.self, l, r, loc)
        case "==": compare(DoubleEqual.self, l, r, loc)
        case "!=": compare(DoubleNotEqual.self, l, r, loc)
        default: nil
        }
    }

    static func int<O: IntOperator>(_ o: O.Type, _ l: IntOperand, _ r: IntOperand, _ loc: SourceLoc) -> IntCode {
        switch (l, r) {
        case (.slot(let s, let n), .constant(let c)):
            return { fp throws(Trap) in try O.apply(try int(fp, s, n, loc), c, loc) }
        case (.slot(let s, let n), .slot(let t, let m)):
            return { fp throws(Trap) in try O.apply(try int(fp, s, n, loc), try int(fp, t, m, loc), loc) }
        case (.code(let f), .constant(let c)):
            return { fp throws(Trap) in try O.apply(try f(fp), c, loc) }
        case (.slot(let s, let n), .code(let g)):
            return { fp throws(Trap) in
                let a = try int(fp, s, n, loc)
                return try O.apply(a, try g(fp), loc)
            }
        case (.code(let f), .slot(let t, let m)):
            return { fp throws(Trap) in
                let a = try f(fp)
                return try O.apply(a, try int(fp, t, m, loc), loc)
            }
        default:
            let f = code(l, loc), g = code(r, loc)
            return { fp throws(Trap) in
                let a = try f(fp)
                return try O.apply(a, try g(fp), loc)
            }
        }
    }

    static func compare<O: IntComparison>(_ o: O.Type, _ l: IntOperand, _ r: IntOperand, _ loc: SourceLoc) -> BoolCode {
        switch (l, r) {
        case (.slot(let s, let n), .constant(let c)):
            return { fp throws(Trap) in O.apply(try int(fp, s, n, loc), c) }
        case (.slot(let s, let n), .slot(let t, let m)):
            return { fp throws(Trap) in O.apply(try int(fp, s, n, loc), try int(fp, t, m, loc)) }
        case (.code(let f), .constant(let c)):
            return { fp throws(Trap) in O.apply(try f(fp), c) }
        default:
            let f = code(l, loc), g = code(r, loc)
            return { fp throws(Trap) in
                let a = try f(fp)
                return O.apply(a, try g(fp))
            }
        }
    }

    static func double<O: DoubleOperator>(_ o: O.Type, _ l: DoubleOperand, _ r: DoubleOperand, _ loc: SourceLoc) -> DoubleCode {
        switch (l, r) {
        case (.slot(let s, let n), .constant(let c)):
            return { fp throws(Trap) in O.apply(try double(fp, s, n, loc), c) }
        case (.slot(let s, let n), .slot(let t, let m)):
            return { fp throws(Trap) in O.apply(try double(fp, s, n, loc), try double(fp, t, m, loc)) }
        case (.code(let f), .constant(let c)):
            return { fp throws(Trap) in O.apply(try f(fp), c) }
        case (.constant(let c), .code(let g)):
            return { fp throws(Trap) in O.apply(c, try g(fp)) }
        default:
            let f = code(l, loc), g = code(r, loc)
            return { fp throws(Trap) in
                let a = try f(fp)
                return O.apply(a, try g(fp))
            }
        }
    }

    static func compare<O: DoubleComparison>(_ o: O.Type, _ l: DoubleOperand, _ r: DoubleOperand, _ loc: SourceLoc) -> BoolCode {
        switch (l, r) {
        case (.slot(let s, let n), .constant(let c)):
            return { fp throws(Trap) in O.apply(try double(fp, s, n, loc), c) }
        case (.code(let f), .constant(let c)):
            return { fp throws(Trap) in O.apply(try f(fp), c) }
        default:
            let f = code(l, loc), g = code(r, loc)
            return { fp throws(Trap) in
                let a = try f(fp)
                return O.apply(a, try g(fp))
            }
        }
    }

    static func code(_ o: IntOperand, _ loc: SourceLoc) -> IntCode {
        switch o {
        case .constant(let c): return { _ in c }
        case .slot(let s, let n): return { fp throws(Trap) in try int(fp, s, n, loc) }
        case .code(let f): return f
        }
    }

    static func code(_ o: DoubleOperand, _ loc: SourceLoc) -> DoubleCode {
        switch o {
        case .constant(let c): return { _ in c }
        case .slot(let s, let n): return { fp throws(Trap) in try double(fp, s, n, loc) }
        case .code(let f): return f
        }
    }
}
