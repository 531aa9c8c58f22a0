/// `Int`'s, `Double`'s and the other number types' rows, and their implementations.
extension StandardLibrary {
    static let numbers: [StandardMember] = [
        .init(.int, "static var max: Int { get }", example: "print(Int.max)", folded(.int) { .int(.max) }),
        .init(.int, "static var min: Int { get }", example: "print(Int.min)", folded(.int) { .int(.min) }),
        .init(.int, "static var bitWidth: Int { get }", example: "print(Int.bitWidth)", constant(.int) { .int(64) }),
        .init(.int, "var nonzeroBitCount: Int { get }", example: "print(7.nonzeroBitCount)", intProperty { $0.nonzeroBitCount }),
        .init(.int, "var leadingZeroBitCount: Int { get }", example: "print(1.leadingZeroBitCount)", intProperty { $0.leadingZeroBitCount }),
        .init(.int, "var trailingZeroBitCount: Int { get }", example: "print(8.trailingZeroBitCount)", intProperty { $0.trailingZeroBitCount }),
        .init(.int, "var description: String { get }", example: "print(5.description)", intDescription),
        .init(.int, "var magnitude: UInt { get }", example: "print((-5).magnitude, Int.min.magnitude)", intMagnitude),
        .init(.int, "func isMultiple(of: Int) -> Bool", example: "print(6.isMultiple(of: 3))", isMultiple),
        .init(.int, "func quotientAndRemainder(dividingBy: Int) -> (quotient: Int, remainder: Int)", example: "print(7.quotientAndRemainder(dividingBy: 2))", quotientAndRemainder),
        .init(.int, "func signum() -> Int", example: "print((-4).signum())", signum),
        .init(.int, "func advanced(by: Int) -> Int", example: "print(3.advanced(by: 2))", advanced),
        .init(.int, "func distance(to: Int) -> Int", example: "print(3.distance(to: 7))", distance),
        .init(.int, "static func random<G>(in: Range<Int>, using: inout G) -> Int", example: "var g = SeededGenerator(seed: 1)\nprint(Int.random(in: 0..<3, using: &g) < 3)", special: staticRandom),
        .init(.int, "mutating func negate()", example: "var x = 3\nx.negate()\nprint(x)", negateInt),
        .init(.double, "static var pi: Double { get }", example: "print(Double.pi)", constant(.double) { .double(.pi) }),
        .init(.double, "static var infinity: Double { get }", example: "print(Double.infinity)", constant(.double) { .double(.infinity) }),
        .init(.double, "static var nan: Double { get }", example: "print(Double.nan)", constant(.double) { .double(.nan) }),
        .init(.double, "static var greatestFiniteMagnitude: Double { get }", example: "print(Double.greatestFiniteMagnitude)", constant(.double) { .double(.greatestFiniteMagnitude) }),
        .init(.double, "static var leastNormalMagnitude: Double { get }", example: "print(Double.leastNormalMagnitude)", constant(.double) { .double(.leastNormalMagnitude) }),
        .init(.double, "static var leastNonzeroMagnitude: Double { get }", example: "print(Double.leastNonzeroMagnitude)", constant(.double) { .double(.leastNonzeroMagnitude) }),
        .init(.double, "static var ulpOfOne: Double { get }", example: "print(Double.ulpOfOne)", constant(.double) { .double(.ulpOfOne) }),
        .init(.double, "var isNaN: Bool { get }", example: "print(Double.nan.isNaN)", doubleTest { $0.isNaN }),
        .init(.double, "var isInfinite: Bool { get }", example: "print(Double.infinity.isInfinite)", doubleTest { $0.isInfinite }),
        .init(.double, "var isFinite: Bool { get }", example: "print(1.0.isFinite)", doubleTest { $0.isFinite }),
        .init(.double, "var isZero: Bool { get }", example: "print(0.0.isZero)", doubleTest { $0.isZero }),
        .init(.double, "var magnitude: Double { get }", example: "print((-2.5).magnitude)", double { $0.magnitude }),
        .init(.double, "var description: String { get }", example: "print(2.5.description)", doubleDescription),
        .init(.double, "var ulp: Double { get }", example: "print(1.0.ulp)", double { $0.ulp }),
        .init(.double, "var sign: FloatingPointSign { get }", example: "print((-1.0).sign)", sign),
        .init(.double, "func squareRoot() -> Double", example: "print(2.0.squareRoot())", double { $0.squareRoot() }),
        .init(.double, "func rounded() -> Double", example: "print(2.5.rounded())", double { $0.rounded() }),
        .init(.double, "func rounded(_: FloatingPointRoundingRule) -> Double", example: "print(2.5.rounded(.down))", special: roundedByRule),
        .init(.double, "func truncatingRemainder(dividingBy: Double) -> Double", example: "print(7.5.truncatingRemainder(dividingBy: 2))",
              double2 { $0.truncatingRemainder(dividingBy: $1) }),
        .init(.double, "func remainder(dividingBy: Double) -> Double", example: "print(7.5.remainder(dividingBy: 2))", double2 { $0.remainder(dividingBy: $1) }),
        .init(.double, "static func random<G>(in: Range<Double>, using: inout G) -> Double", example: "var g = SeededGenerator(seed: 1)\nprint(Double.random(in: 0..<1, using: &g) < 1)", special: staticRandom),
        .init(.double, "mutating func negate()", example: "var x = 2.5\nx.negate()\nprint(x)", negateDouble),
        .init(.fixedWidth, "static var max: Self { get }", example: "print(UInt8.max)", fixedWidthStatic { k in .int(k.max) }),
        .init(.fixedWidth, "static var min: Self { get }", example: "print(Int16.min)", fixedWidthStatic { k in .int(k.min) }),
        .init(.fixedWidth, "static var bitWidth: Int { get }", example: "print(Int32.bitWidth)", fixedWidthBitWidth),
        .init(.float, "static var zero: Self { get }", example: "print(Float.zero)", constant(.float) { .double(0) }),
        .init(.fixedWidth, "var nonzeroBitCount: Int { get }", example: "print(UInt8(7).nonzeroBitCount)", bitCount("nonzeroBitCount")),
        .init(.fixedWidth, "var leadingZeroBitCount: Int { get }", example: "print(UInt8(1).leadingZeroBitCount)", bitCount("leadingZeroBitCount")),
        .init(.fixedWidth, "var trailingZeroBitCount: Int { get }", example: "print(UInt8(8).trailingZeroBitCount)", bitCount("trailingZeroBitCount")),
        .init(.float, "var magnitude: Float { get }", example: "print(Float(-2).magnitude)", float { $0.magnitude }),
        .init(.float, "var ulp: Float { get }", example: "print(Float(1).ulp)", float { $0.ulp }),
        .init(.float, "var isNaN: Bool { get }", example: "print(Float.nan.isNaN)", floatTest { $0.isNaN }),
        .init(.fixedWidth, "var description: String { get }", example: "print(Int8(-3).description)", fixedWidthDescription),
        .init(.fixedWidth, "var magnitude: Self.Magnitude { get }", example: "print(Int8(-128).magnitude, UInt16(7).magnitude)",
              fixedWidthMagnitude),
        .init(.float, "func squareRoot() -> Float", example: "print(Float(2).squareRoot())", float { $0.squareRoot() }),
        .init(.float, "func rounded() -> Float", example: "print(Float(2.5).rounded())", float { $0.rounded() }),
        .init(.float, "static func random<G>(in: Range<Float>, using: inout G) -> Float", example: "var g = SeededGenerator(seed: 1)\nprint(Float.random(in: 0..<1, using: &g) < 1)", special: staticRandom),
        .init(.fixedWidth, "static var zero: Self { get }", example: "print(UInt16.zero)", fixedWidthStatic { _ in .int(0) }),
        .init(.fixedWidth, "var bitWidth: Int { get }", example: "print(Int64(1).bitWidth)", fixedWidthBitWidth),
        .init(.float, "static var pi: Float { get }", example: "print(Float.pi)", constant(.float) { .double(Double(Float.pi)) }),
        .init(.float, "static var infinity: Float { get }", example: "print(Float.infinity)", constant(.float) { .double(Double(Float.infinity)) }),
        .init(.float, "static var nan: Float { get }", example: "print(Float.nan)", constant(.float) { .double(Double(Float.nan)) }),
        .init(.float, "static var greatestFiniteMagnitude: Float { get }", example: "print(Float.greatestFiniteMagnitude)", constant(.float) { .double(Double(Float.greatestFiniteMagnitude)) }),
        .init(.float, "static var leastNormalMagnitude: Float { get }", example: "print(Float.leastNormalMagnitude)", constant(.float) { .double(Double(Float.leastNormalMagnitude)) }),
        .init(.float, "static var leastNonzeroMagnitude: Float { get }", example: "print(Float.leastNonzeroMagnitude)", constant(.float) { .double(Double(Float.leastNonzeroMagnitude)) }),
        .init(.float, "static var ulpOfOne: Float { get }", example: "print(Float.ulpOfOne)", constant(.float) { .double(Double(Float.ulpOfOne)) }),
        .init(.float, "var isInfinite: Bool { get }", example: "print(Float.infinity.isInfinite)", floatTest { $0.isInfinite }),
        .init(.float, "var isFinite: Bool { get }", example: "print(Float(1).isFinite)", floatTest { $0.isFinite }),
        .init(.float, "var isZero: Bool { get }", example: "print(Float(0).isZero)", floatTest { $0.isZero }),
        .init(.float, "var description: String { get }", example: "print(Float(0.1).description)", floatDescription),
        .init(.float, "var sign: FloatingPointSign { get }", example: "print(Float(-1).sign)", sign),
    ]

    // MARK: - Static properties

    /// A constant the checker may fold (`Int.max`: Swift's compile-time overflow errors use it).
    private static func folded(_ t: QType, _ value: @escaping @Sendable () -> Value) -> StandardMember.Compile {
        { _ in
            let v = value()
            return Typed(t, .constant(v), constant: v)
        }
    }

    private static func constant(_ t: QType, _ value: @escaping @Sendable () -> Value) -> StandardMember.Compile {
        { _ in Typed(t, .constant(value())) }
    }

    private static func fixedWidthStatic(_ value: @escaping @Sendable (IntegerKind) -> Value) -> StandardMember.Compile {
        { c in
            let t = c.types["Self"]!
            guard case .fixedWidth(let k) = t else { unreachableCase() }
            let v = value(k)
            return Typed(t, .constant(v), constant: v)
        }
    }

    /// `bitWidth`, static or of a value: the type's.
    private static func fixedWidthBitWidth(_ c: StandardCall) -> Typed {
        guard case .fixedWidth(let k) = c.types["Self"]! else { unreachableCase() }
        return Typed(.int, .constant(.int(k.bitWidth)))
    }

    /// `T.random(in:using:)`, `Bool.random(using:)`: a special form (the generator is passed `inout`).
    static func staticRandom(_ c: StandardCall) throws(CheckError) -> Typed {
        let t = c.types["Self"]!
        guard let r = try c.checker.staticRandom(t, c.written.compactMap { $0 }, at: c.loc) else {
            throw c.error("no-member", "type '\(t)' has no member 'random'")
        }
        return r
    }

    // MARK: - Properties

    private static func intProperty(_ get: @escaping @Sendable (Int) -> Int) -> StandardMember.Compile {
        { c in
            let g = c.receiver.code.int
            return Typed(.int, .int { fp throws(Trap) in get(try g(fp)) })
        }
    }

    private static func intDescription(_ c: StandardCall) -> Typed {
        let g = c.receiver.code.int
        return Typed(.string, .value { fp throws(Trap) in .string(String(try g(fp))) })
    }

    private static func doubleTest(_ test: @escaping @Sendable (Double) -> Bool) -> StandardMember.Compile {
        { c in
            let g = c.receiver.code.double
            return Typed(.bool, .bool { fp throws(Trap) in test(try g(fp)) })
        }
    }

    private static func doubleDescription(_ c: StandardCall) -> Typed {
        let g = c.receiver.code.double
        return Typed(.string, .value { fp throws(Trap) in .string(try g(fp).description) })
    }

    /// `FloatingPointSign`: `.plus` (case 0) or `.minus` (case 1), the sign bit (a `Float` is held as a `Double`).
    private static func sign(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.enumeration(EnumType.floatingPointSign), .value { fp throws(Trap) in .int(try f(fp).double.sign == .minus ? 1 : 0) })
    }

    private static func floatTest(_ test: @escaping @Sendable (Float) -> Bool) -> StandardMember.Compile {
        { c in
            let f = c.value
            return Typed(.bool, .bool { fp throws(Trap) in test(Float(try f(fp).double)) })
        }
    }

    private static func floatDescription(_ c: StandardCall) -> Typed {
        let f = c.value
        return Typed(.string, .value { fp throws(Trap) in .string(Float(try f(fp).double).description) })
    }

    private static func bitCount(_ name: String) -> StandardMember.Compile {
        { c in
            guard case .fixedWidth(let k) = c.types["Self"]! else { unreachableCase() }
            let f = c.value
            return Typed(.int, .int { fp throws(Trap) in FixedWidth.bitCount(name, k, try f(fp).int) })
        }
    }

    /// `magnitude`: the absolute value as the unsigned type of the same width (`Int8` → `UInt8`),
    /// so even `Int.min`'s fits. `UInt` and `UInt64` values are held by bit pattern.
    private static func intMagnitude(_ c: StandardCall) -> Typed {
        let g = c.receiver.code.int
        return Typed(.fixedWidth(.uint), .value { fp throws(Trap) in .int(Int(bitPattern: try g(fp).magnitude)) })
    }

    private static func fixedWidthMagnitude(_ c: StandardCall) -> Typed {
        guard case .fixedWidth(let k) = c.types["Self"]! else { unreachableCase() }
        let unsigned: IntegerKind = switch k {
        case .int8: .uint8
        case .int16: .uint16
        case .int32: .uint32
        case .int64: .uint64
        default: k
        }
        let f = c.value
        if !k.isSigned { return Typed(.fixedWidth(k), .value { fp throws(Trap) in try f(fp) }) }
        return Typed(.fixedWidth(unsigned), .value { fp throws(Trap) in .int(Int(bitPattern: try f(fp).int.magnitude)) })
    }

    private static func fixedWidthDescription(_ c: StandardCall) -> Typed {
        guard case .fixedWidth(let k) = c.types["Self"]! else { unreachableCase() }
        let f = c.value
        return Typed(.string, .value { fp throws(Trap) in .string(k.text(try f(fp).int)) })
    }

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
