/// Randomness with a seeded generator of the library (`var g = SeededGenerator(seed: 1)`):
/// `Double.random(in: a..<b, using: &g)` (and `Float`, `Int`, `Bool.random(using:)`),
/// `xs.shuffled(using: &g)`, `xs.randomElement(using: &g)`. Each runs the standard library's own
/// algorithm on a generator forwarding to the library value's `next()`, so a cell draws exactly
/// the numbers the compiled program draws. Without `using:` (the system generator) they are
/// refused: nothing could reproduce them.
extension Checker {
    /// The generator argument `using: &g`: its place, and how to draw from it.
    func generatorArgument(_ arg: Argument, at loc: SourceLoc) throws(CheckError) -> (place: Place, next: (NativeBox) -> UInt64) {
        guard arg.label == "using" else { throw error("argument-label", "incorrect argument label in call (have '\(arg.label ?? "_"):', expected 'using:')", at: arg.loc) }
        guard case .inoutArgument(let target) = arg.value.kind else {
            let t = try check(arg.value)
            throw error("inout-misuse", "passing value of type '\(t.type)' to an inout parameter requires explicit '&'", at: arg.value.loc)
        }
        let p = try place(target, .inoutArgument)
        guard case .native(let id) = p.type, let next = library.type(id)?.randomNext else {
            throw error("type-mismatch", "argument type '\(p.type)' does not conform to expected type 'RandomNumberGenerator'", at: target.loc)
        }
        return (p, next)
    }

    /// Runs `body` with a standard-library generator drawing from the place's library value.
    static func withGenerator<R>(_ p: Place, _ next: @escaping (NativeBox) -> UInt64, _ fp: Frame,
                                 _ body: (inout ForwardingGenerator) throws(Trap) -> R) throws(Trap) -> R {
        try p.path?(fp)
        var result: R?
        try p.access(fp) { (v: inout Value) throws(Trap) in
            var g = ForwardingGenerator(box: Library.uniqueBox(&v), draw: next)
            result = try body(&g)
        }
        return result!
    }

    /// `T.random(in:using:)` and `Bool.random(using:)`; nil for other static members.
    func staticRandom(_ t: QType, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        let ls = args.map(\.label)
        if t == .bool {
            guard ls == ["using"] else {
                if ls.isEmpty { throw unsupported("'Bool.random()' with the system generator (not reproducible; pass 'using: &generator')", at: loc) }
                return nil
            }
            let (p, next) = try generatorArgument(args[0], at: loc)
            return Typed(.bool, .bool { fp throws(Trap) in try Checker.withGenerator(p, next, fp) { g in Bool.random(using: &g) } })
        }
        guard t == .double || t == .int || t == .float, ls.first == "in" else { return nil }
        guard ls == ["in", "using"] else {
            if ls == ["in"] { throw unsupported("'\(t).random(in:)' with the system generator (not reproducible; pass 'using: &generator')", at: loc) }
            return nil
        }
        let (p, next) = try generatorArgument(args[1], at: loc)
        let rangeExpr = args[0].value
        if t == .int {
            let r = try check(rangeExpr, expected: nil)
            guard case .range(.int, _) = r.type else {
                throw error("type-mismatch", "cannot convert value of type '\(r.type)' to expected argument type 'Range<Int>'", at: rangeExpr.loc)
            }
            let f = r.code.value
            return Typed(.int, .int { fp throws(Trap) in
                let range = try f(fp).rangeValue
                if range.closed ? range.upper < range.lower : range.upper <= range.lower {
                    throw Trap(id: "precondition", message: "Can't get random value with an empty range", loc: loc)
                }
                return try Checker.withGenerator(p, next, fp) { g in
                    range.closed ? Int.random(in: range.lower...range.upper, using: &g) : Int.random(in: range.lower..<range.upper, using: &g)
                }
            })
        }
        // A range of floating-point numbers is written in place (the subset has no such values).
        guard case .binary(let op, let l, let r, _) = rangeExpr.kind.unparenthesised, op == "..<" || op == "..." else {
            throw unsupported("a range of '\(t)' that is not written in the call ('in: a..<b')", at: rangeExpr.loc)
        }
        let closed = op == "..."
        let lo = try check(l, as: t, context: .argument).code.value, hi = try check(r, as: t, context: .argument).code.value
        // `Float`s travel as `Double`s holding the `Float`'s value.
        let make: (Value) -> Double = { $0.double }
        if t == .float {
            return Typed(.float, .value { fp throws(Trap) in
                let a = Float(make(try lo(fp))), b = Float(make(try hi(fp)))
                try Checker.checkRandomRange(Double(a), Double(b), closed: closed, finite: (b - a).isFinite, loc)
                return .double(Double(try Checker.withGenerator(p, next, fp) { g in closed ? Float.random(in: a...b, using: &g) : Float.random(in: a..<b, using: &g) }))
            })
        }
        return Typed(.double, .double { fp throws(Trap) in
            let a = make(try lo(fp)), b = make(try hi(fp))
            try Checker.checkRandomRange(a, b, closed: closed, finite: (b - a).isFinite, loc)
            return try Checker.withGenerator(p, next, fp) { g in closed ? Double.random(in: a...b, using: &g) : Double.random(in: a..<b, using: &g) }
        })
    }

    /// The standard library's preconditions, as traps (they would end the process).
    static func checkRandomRange(_ a: Double, _ b: Double, closed: Bool, finite: Bool, _ loc: SourceLoc) throws(Trap) {
        guard a <= b else { throw Trap(id: "invalid-range", message: "Range requires lowerBound <= upperBound", loc: loc) }
        if !closed && a == b { throw Trap(id: "precondition", message: "Can't get random value with an empty range", loc: loc) }
        if !finite { throw Trap(id: "precondition", message: "There is no uniform distribution on an infinite range", loc: loc) }
    }

    /// `shuffled(using:)` and `randomElement(using:)` of an array (or any sequence, as an array).
    func arrayRandom(_ f: @escaping ValueCode, _ e: QType, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        guard args.count == 1, args[0].label == "using" else { return nil }
        let (p, next) = try generatorArgument(args[0], at: loc)
        switch name {
        case "shuffled":
            return Typed(.array(e), .value { fp throws(Trap) in
                let a = try f(fp).array
                return .array(try Checker.withGenerator(p, next, fp) { g in a.shuffled(using: &g) })
            })
        case "randomElement":
            return Typed(.optional(e), .value { fp throws(Trap) in
                let a = try f(fp).array
                return try Checker.withGenerator(p, next, fp) { g in a.randomElement(using: &g) } ?? .none
            })
        default:
            return nil
        }
    }
}

/// A standard-library generator whose `next()` is a library value's (advanced in its box).
struct ForwardingGenerator: RandomNumberGenerator {
    let box: NativeBox
    let draw: (NativeBox) -> UInt64

    mutating func next() -> UInt64 { draw(box) }
}
