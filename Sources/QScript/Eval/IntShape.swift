/// An `Int` expression of a shape simple enough to compute inline where it is used (a call's
/// argument, a function body's result) instead of through a closure of its own.
///
/// Hot closures keep their cold data (names and positions for traps) behind one `Site`
/// reference: every captured value is loaded and passed on each call of a closure, so a
/// closure capturing a `String` and a `SourceLoc` pays for five words it almost never uses.
enum IntShape {
    case constant(Int)
    /// A slot holding an `Int`; `site` is nil for a parameter (always set by the call), else
    /// the variable, reported if it is read before it holds a value.
    case slot(Int, Site?)
    /// `slot + c` or `slot - c`, trapping on overflow at `op`.
    case slotOffset(Int, Site?, Int, subtract: Bool, op: Site)
    /// `l + r`, `l - r`, `l * r` of two other expressions, evaluated left to right.
    case binary(IntArithmetic, IntCode, IntCode, op: Site)
    case code(IntCode)

    /// The shape as a closure (for uses that do not inline it).
    var code: IntCode {
        switch self {
        case .constant(let c): return { _ in c }
        case .slot(let s, let site): return { fp throws(Trap) in try IntShape.read(fp, s, site) }
        case .slotOffset(let s, let site, let c, let subtract, let op):
            let a: IntArithmetic = subtract ? .subtract : .add
            return { fp throws(Trap) in try a.apply(try IntShape.read(fp, s, site), c, op) }
        case .binary(let a, let l, let r, let op):
            return { fp throws(Trap) in
                let x = try l(fp)
                return try a.apply(x, try r(fp), op)
            }
        case .code(let f): return f
        }
    }

    /// Computes the shape inline (the switch is on a value fixed when the closure was made, so
    /// its branch is always predicted).
    @inline(__always)
    func value(_ fp: Frame) throws(Trap) -> Int {
        switch self {
        case .constant(let c): return c
        case .slot(let s, let site): return try IntShape.read(fp, s, site)
        case .slotOffset(let s, let site, let c, let subtract, let op):
            return try (subtract ? IntArithmetic.subtract : .add).apply(try IntShape.read(fp, s, site), c, op)
        case .binary(let a, let l, let r, let op):
            let x = try l(fp)
            return try a.apply(x, try r(fp), op)
        case .code(let f): return try f(fp)
        }
    }

    @inline(__always)
    static func read(_ fp: Frame, _ slot: Int, _ site: Site?) throws(Trap) -> Int {
        if case .int(let v) = fp[slot] { return v }
        throw unset(site)
    }

    @inline(never)
    static func unset(_ site: Site?) -> Trap {
        // A parameter always holds its argument: reaching here with no site is a QScript bug.
        guard let site else { unreachableCase() }
        return uninitializedTrap(site.name, site.loc)
    }
}

/// The cold data of a hot closure: a variable's or operator's name and position, for traps.
final class Site {
    let name: String
    let loc: SourceLoc

    init(_ name: String, _ loc: SourceLoc) {
        self.name = name
        self.loc = loc
    }
}

/// `+`, `-`, `*` on `Int`, with Swift's overflow traps.
enum IntArithmetic {
    case add, subtract, multiply

    init?(_ op: String) {
        switch op {
        case "+": self = .add
        case "-": self = .subtract
        case "*": self = .multiply
        default: return nil
        }
    }

    @inline(__always)
    func apply(_ a: Int, _ b: Int, _ site: Site) throws(Trap) -> Int {
        let (v, o): (Int, Bool)
        switch self {
        case .add: (v, o) = a.addingReportingOverflow(b)
        case .subtract: (v, o) = a.subtractingReportingOverflow(b)
        case .multiply: (v, o) = a.multipliedReportingOverflow(by: b)
        }
        if o { throw Arithmetic.overflow(site.name, site.loc) }
        return v
    }
}

/// An `Int` comparison of a slot with a constant (`n < 2`, `k == 0`): the commonest condition
/// of a recursive function's base case, tested inline by function bodies.
struct IntTest {
    enum Comparison {
        case less, lessEqual, greater, greaterEqual, equal, notEqual

        init?(_ op: String) {
            switch op {
            case "<": self = .less
            case "<=": self = .lessEqual
            case ">": self = .greater
            case ">=": self = .greaterEqual
            case "==": self = .equal
            case "!=": self = .notEqual
            default: return nil
            }
        }
    }

    let comparison: Comparison
    let slot: Int
    let site: Site?
    let constant: Int

    @inline(__always)
    func holds(_ fp: Frame) throws(Trap) -> Bool {
        let a = try IntShape.read(fp, slot, site)
        switch comparison {
        case .less: return a < constant
        case .lessEqual: return a <= constant
        case .greater: return a > constant
        case .greaterEqual: return a >= constant
        case .equal: return a == constant
        case .notEqual: return a != constant
        }
    }
}
