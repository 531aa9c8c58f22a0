/// `Int`'s, `Double`'s and the other number types' rows, and their implementations.
extension StandardLibrary {
    static let staticMember = "Checker.staticMember (Checker+Members.swift)"
    static let doubleProperty = "Checker.doubleProperty (Checker+Members.swift)"
    static let otherNumber = "Checker.otherNumberProperty, otherNumberStatic (Checker+Numbers.swift)"
    static let staticRandom = "Checker.staticRandom (Checker+Random.swift)"

    static let numbers: [StandardMember] = [
        .init(.int, "static var max: Int { get }", checker: staticMember, example: "print(Int.max)"),
        .init(.int, "static var min: Int { get }", checker: staticMember, example: "print(Int.min)"),
        .init(.int, "static var bitWidth: Int { get }", checker: staticMember, example: "print(Int.bitWidth)"),
        .init(.int, "var nonzeroBitCount: Int { get }", checker: property, example: "print(7.nonzeroBitCount)"),
        .init(.int, "var leadingZeroBitCount: Int { get }", checker: property, example: "print(1.leadingZeroBitCount)"),
        .init(.int, "var trailingZeroBitCount: Int { get }", checker: property, example: "print(8.trailingZeroBitCount)"),
        .init(.int, "var description: String { get }", checker: property, example: "print(5.description)"),
        .init(.int, "func isMultiple(of: Int) -> Bool", example: "print(6.isMultiple(of: 3))", isMultiple),
        .init(.int, "func quotientAndRemainder(dividingBy: Int) -> (quotient: Int, remainder: Int)", example: "print(7.quotientAndRemainder(dividingBy: 2))", quotientAndRemainder),
        .init(.int, "func signum() -> Int", example: "print((-4).signum())", signum),
        .init(.int, "func advanced(by: Int) -> Int", example: "print(3.advanced(by: 2))", advanced),
        .init(.int, "func distance(to: Int) -> Int", example: "print(3.distance(to: 7))", distance),
        .init(.int, "static func random<G>(in: Range<Int>, using: inout G) -> Int", checker: staticRandom, example: "var g = SeededGenerator(seed: 1)\nprint(Int.random(in: 0..<3, using: &g) < 3)"),
        .init(.int, "mutating func negate()", example: "var x = 3\nx.negate()\nprint(x)", negateInt),
        .init(.double, "static var pi: Double { get }", checker: staticMember, example: "print(Double.pi)"),
        .init(.double, "static var infinity: Double { get }", checker: staticMember, example: "print(Double.infinity)"),
        .init(.double, "static var nan: Double { get }", checker: staticMember, example: "print(Double.nan)"),
        .init(.double, "static var greatestFiniteMagnitude: Double { get }", checker: staticMember, example: "print(Double.greatestFiniteMagnitude)"),
        .init(.double, "static var leastNormalMagnitude: Double { get }", checker: staticMember, example: "print(Double.leastNormalMagnitude)"),
        .init(.double, "static var leastNonzeroMagnitude: Double { get }", checker: staticMember, example: "print(Double.leastNonzeroMagnitude)"),
        .init(.double, "static var ulpOfOne: Double { get }", checker: staticMember, example: "print(Double.ulpOfOne)"),
        .init(.double, "var isNaN: Bool { get }", checker: doubleProperty, example: "print(Double.nan.isNaN)"),
        .init(.double, "var isInfinite: Bool { get }", checker: doubleProperty, example: "print(Double.infinity.isInfinite)"),
        .init(.double, "var isFinite: Bool { get }", checker: doubleProperty, example: "print(1.0.isFinite)"),
        .init(.double, "var isZero: Bool { get }", checker: doubleProperty, example: "print(0.0.isZero)"),
        .init(.double, "var magnitude: Double { get }", checker: doubleProperty, example: "print((-2.5).magnitude)"),
        .init(.double, "var description: String { get }", checker: doubleProperty, example: "print(2.5.description)"),
        .init(.double, "var ulp: Double { get }", checker: doubleProperty, example: "print(1.0.ulp)"),
        .init(.double, "var sign: FloatingPointSign { get }", checker: doubleProperty, example: "print((-1.0).sign)"),
        .init(.double, "func squareRoot() -> Double", example: "print(2.0.squareRoot())", double { $0.squareRoot() }),
        .init(.double, "func rounded() -> Double", example: "print(2.5.rounded())", double { $0.rounded() }),
        .init(.double, "func rounded(_: FloatingPointRoundingRule) -> Double", example: "print(2.5.rounded(.down))", special: roundedByRule),
        .init(.double, "func truncatingRemainder(dividingBy: Double) -> Double", example: "print(7.5.truncatingRemainder(dividingBy: 2))",
              double2 { $0.truncatingRemainder(dividingBy: $1) }),
        .init(.double, "func remainder(dividingBy: Double) -> Double", example: "print(7.5.remainder(dividingBy: 2))", double2 { $0.remainder(dividingBy: $1) }),
        .init(.double, "static func random<G>(in: Range<Double>, using: inout G) -> Double", checker: staticRandom, example: "var g = SeededGenerator(seed: 1)\nprint(Double.random(in: 0..<1, using: &g) < 1)"),
        .init(.double, "mutating func negate()", example: "var x = 2.5\nx.negate()\nprint(x)", negateDouble),
        .init(.otherNumber, "static var max: Self { get }", checker: otherNumber, example: "print(UInt8.max)"),
        .init(.otherNumber, "static var min: Self { get }", checker: otherNumber, example: "print(Int16.min)"),
        .init(.otherNumber, "static var bitWidth: Int { get }", checker: otherNumber, example: "print(Int32.bitWidth)"),
        .init(.otherNumber, "static var zero: Self { get }", checker: otherNumber, example: "print(Float.zero)"),
        .init(.otherNumber, "var nonzeroBitCount: Int { get }", checker: otherNumber, example: "print(UInt8(7).nonzeroBitCount)"),
        .init(.otherNumber, "var leadingZeroBitCount: Int { get }", checker: otherNumber, example: "print(UInt8(1).leadingZeroBitCount)"),
        .init(.otherNumber, "var trailingZeroBitCount: Int { get }", checker: otherNumber, example: "print(UInt8(8).trailingZeroBitCount)"),
        .init(.otherNumber, "var magnitude: Float { get }", checker: otherNumber, example: "print(Float(-2).magnitude)"),
        .init(.otherNumber, "var ulp: Float { get }", checker: otherNumber, example: "print(Float(1).ulp)"),
        .init(.otherNumber, "var isNaN: Bool { get }", checker: otherNumber, example: "print(Float.nan.isNaN)"),
        .init(.otherNumber, "var description: String { get }", checker: otherNumber, example: "print(Int8(-3).description)"),
        .init(.otherNumber, "func squareRoot() -> Float", example: "print(Float(2).squareRoot())", requires: [.floatingPoint], float { $0.squareRoot() }),
        .init(.otherNumber, "func rounded() -> Float", example: "print(Float(2.5).rounded())", requires: [.floatingPoint], float { $0.rounded() }),
        .init(.otherNumber, "static func random<G>(in: Range<Float>, using: inout G) -> Float", checker: staticRandom, example: "var g = SeededGenerator(seed: 1)\nprint(Float.random(in: 0..<1, using: &g) < 1)"),
    ]

    // MARK: - Int

    private static func isMultiple(_ c: StandardCall) -> Typed {
        let f = c.receiver.code.int, y = c.arguments[0]!.code.int
        return Typed(.bool, .bool { fp throws(Trap) in try f(fp).isMultiple(of: try y(fp)) })
    }

    private static func quotientAndRemainder(_ c: StandardCall) -> Typed {
        let f = c.receiver.code.int, y = c.arguments[0]!.code.int, loc = c.loc
        let t = QType.tuple([.init(label: "quotient", type: .int), .init(label: "remainder", type: .int)])
        return Typed(t, .value { fp throws(Trap) in
            let a = try f(fp), b = try y(fp)
            if b == 0 { throw Trap(id: "division-by-zero", message: "division by zero", loc: loc) }
            if a == .min && b == -1 { throw Arithmetic.overflow("/", loc) }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            return .tuple([.int(q), .int(r)])
        })
    }

    private static func signum(_ c: StandardCall) -> Typed {
        let f = c.receiver.code.int
        return Typed(.int, .int { fp throws(Trap) in try f(fp).signum() })
    }

    /// `advanced(by:)` is `+` (with its overflow trap), `distance(to:)` the other operand's `-`.
    private static func advanced(_ c: StandardCall) -> Typed {
        Typed(.int, Code.int(Specialized.intBinary("+", .code(c.receiver.code.int), .code(c.arguments[0]!.code.int), c.loc)!))
    }

    private static func distance(_ c: StandardCall) -> Typed {
        Typed(.int, Code.int(Specialized.intBinary("-", .code(c.arguments[0]!.code.int), .code(c.receiver.code.int), c.loc)!))
    }

    // MARK: - Double and Float

    private static func double(_ body: @escaping @Sendable (Double) -> Double) -> StandardMember.Compile {
        { c in
            let f = c.receiver.code.double
            return Typed(.double, .double { fp throws(Trap) in body(try f(fp)) })
        }
    }

    private static func double2(_ body: @escaping @Sendable (Double, Double) -> Double) -> StandardMember.Compile {
        { c in
            let f = c.receiver.code.double, y = c.arguments[0]!.code.double
            return Typed(.double, .double { fp throws(Trap) in body(try f(fp), try y(fp)) })
        }
    }

    /// A `Float` is held as a `Double`; the operation is done in `Float`.
    private static func float(_ body: @escaping @Sendable (Float) -> Float) -> StandardMember.Compile {
        { c in
            let f = c.receiver.code.value
            return Typed(.float, .value { fp throws(Trap) in .double(Double(body(Float(try f(fp).double)))) })
        }
    }

    /// `rounded(_:)`, a special form: the rule is one of `FloatingPointRoundingRule`'s cases,
    /// written as an implicit member.
    private static func roundedByRule(_ c: StandardCall) throws(CheckError) -> Typed {
        let a = c.written[0]!
        guard case .implicitMember(let rule) = a.value.kind else {
            throw c.checker.unsupported("rounding rules other than '.up', '.down', '.towardZero', '.awayFromZero', '.toNearestOrEven', '.toNearestOrAwayFromZero'", at: a.loc)
        }
        let r: FloatingPointRoundingRule
        switch rule {
        case "up": r = .up
        case "down": r = .down
        case "towardZero": r = .towardZero
        case "awayFromZero": r = .awayFromZero
        case "toNearestOrEven": r = .toNearestOrEven
        case "toNearestOrAwayFromZero": r = .toNearestOrAwayFromZero
        default: throw c.error("no-member", "type 'FloatingPointRoundingRule' has no member '\(rule)'", at: a.loc)
        }
        let f = c.receiver.code.double
        return Typed(.double, .double { fp throws(Trap) in try f(fp).rounded(r) })
    }

    // MARK: - Mutating

    /// `negate()` of an `Int`: `-x`, trapping on `Int.min`.
    private static func negateInt(_ c: StandardCall) -> Typed {
        let loc = c.loc
        return c.modifying(.void) { (x, _) throws(Trap) in
            let (v, overflow) = (0).subtractingReportingOverflow(x.int)
            if overflow { throw Arithmetic.overflow("-", loc) }
            x = .int(v)
            return .void
        }
    }

    private static func negateDouble(_ c: StandardCall) -> Typed {
        c.modifying(.void) { (x, _) throws(Trap) in
            x = .double(-x.double)
            return .void
        }
    }
}
