/// Run-time operations on the fixed-width integer types other than `Int` (`IntegerKind`) and
/// on `Float`, each done with the real Swift type so results, overflow traps and printing are
/// compiled Swift's. Values of an `IntegerKind` travel as `Int`s (see there); `Float`s as the
/// `Double` holding the same number.
enum FixedWidth {
    /// Calls `body` with the Swift type of `kind`.
    static func with<R>(_ kind: IntegerKind, _ body: (any FixedWidthInteger.Type) -> R) -> R {
        switch kind {
        case .int8: body(Int8.self)
        case .int16: body(Int16.self)
        case .int32: body(Int32.self)
        case .int64: body(Int64.self)
        case .uint: body(UInt.self)
        case .uint8: body(UInt8.self)
        case .uint16: body(UInt16.self)
        case .uint32: body(UInt32.self)
        case .uint64: body(UInt64.self)
        }
    }

    typealias Binary = (Int, Int, SourceLoc) throws(Trap) -> Int

    /// `a op b` for two values of `kind`; nil for an operator the type does not have.
    static func binary(_ kind: IntegerKind, _ op: String) -> Binary? {
        switch kind {
        case .int8: binary(Int8.self, op, kind)
        case .int16: binary(Int16.self, op, kind)
        case .int32: binary(Int32.self, op, kind)
        case .int64: binary(Int64.self, op, kind)
        case .uint: binary(UInt.self, op, kind)
        case .uint8: binary(UInt8.self, op, kind)
        case .uint16: binary(UInt16.self, op, kind)
        case .uint32: binary(UInt32.self, op, kind)
        case .uint64: binary(UInt64.self, op, kind)
        }
    }

    private static func binary<T: FixedWidthInteger>(_ t: T.Type, _ op: String, _ kind: IntegerKind) -> Binary? {
        func overflow(_ loc: SourceLoc) -> Trap {
            Trap(id: "overflow", message: "arithmetic overflow: the result of '\(op)' does not fit in '\(kind.rawValue)'", loc: loc)
        }
        func checked(_ f: @escaping (T, T) -> (partialValue: T, overflow: Bool)) -> Binary {
            { a, b, loc throws(Trap) in
                let r = f(T(truncatingIfNeeded: a), T(truncatingIfNeeded: b))
                if r.overflow { throw overflow(loc) }
                return Int(truncatingIfNeeded: r.partialValue)
            }
        }
        func plain(_ f: @escaping (T, T) -> T) -> Binary {
            { a, b, _ throws(Trap) in Int(truncatingIfNeeded: f(T(truncatingIfNeeded: a), T(truncatingIfNeeded: b))) }
        }
        switch op {
        case "+": return checked { $0.addingReportingOverflow($1) }
        case "-": return checked { $0.subtractingReportingOverflow($1) }
        case "*": return checked { $0.multipliedReportingOverflow(by: $1) }
        case "/", "%":
            let remainder = op == "%"
            return { a, b, loc throws(Trap) in
                let x = T(truncatingIfNeeded: a), y = T(truncatingIfNeeded: b)
                if y == 0 {
                    throw Trap(id: "division-by-zero", message: remainder ? "division by zero in remainder operation" : "division by zero", loc: loc)
                }
                let r = remainder ? x.remainderReportingOverflow(dividingBy: y) : x.dividedReportingOverflow(by: y)
                if r.overflow {
                    throw Trap(id: "overflow", message: "division results in an overflow\(remainder ? " in remainder operation" : "")", loc: loc)
                }
                return Int(truncatingIfNeeded: r.partialValue)
            }
        case "&+": return plain { $0 &+ $1 }
        case "&-": return plain { $0 &- $1 }
        case "&*": return plain { $0 &* $1 }
        case "&": return plain { $0 & $1 }
        case "|": return plain { $0 | $1 }
        case "^": return plain { $0 ^ $1 }
        // Shifts take their count as an `Int` (Swift's heterogeneous shifts).
        case "<<": return { a, b, _ throws(Trap) in Int(truncatingIfNeeded: T(truncatingIfNeeded: a) << b) }
        case ">>": return { a, b, _ throws(Trap) in Int(truncatingIfNeeded: T(truncatingIfNeeded: a) >> b) }
        case "&<<": return { a, b, _ throws(Trap) in Int(truncatingIfNeeded: T(truncatingIfNeeded: a) &<< b) }
        case "&>>": return { a, b, _ throws(Trap) in Int(truncatingIfNeeded: T(truncatingIfNeeded: a) &>> b) }
        default: return nil
        }
    }

    /// `a < b` for two values of `kind` (unsigned ones compare as unsigned).
    static func less(_ kind: IntegerKind) -> (Int, Int) -> Bool {
        kind == .uint || kind == .uint64 ? { UInt(bitPattern: $0) < UInt(bitPattern: $1) } : { $0 < $1 }
    }

    /// `-x`, trapping where Swift does (`-Int8.min`; unsigned types have no prefix minus).
    static func negate(_ kind: IntegerKind, _ v: Int, _ loc: SourceLoc) throws(Trap) -> Int {
        guard let r = kind.exactly(-v), v != .min else {
            throw Trap(id: "overflow", message: "arithmetic overflow: the result of '-' does not fit in '\(kind.rawValue)'", loc: loc)
        }
        return r
    }

    /// `~x`.
    static func complement(_ kind: IntegerKind, _ v: Int) -> Int {
        func op<T: FixedWidthInteger>(_ t: T.Type) -> Int { Int(truncatingIfNeeded: ~T(truncatingIfNeeded: v)) }
        return with(kind) { op($0) }
    }

    /// `Double(x)` and `Float(x)` of a held value (rounded as Swift rounds).
    static func asDouble(_ kind: IntegerKind, _ v: Int) -> Double {
        func op<T: FixedWidthInteger>(_ t: T.Type) -> Double { Double(T(truncatingIfNeeded: v)) }
        return with(kind) { op($0) }
    }

    static func asFloat(_ kind: IntegerKind, _ v: Int) -> Float {
        func op<T: FixedWidthInteger>(_ t: T.Type) -> Float { Float(T(truncatingIfNeeded: v)) }
        return with(kind) { op($0) }
    }

    /// A held value of `from` (nil: `Int`) as `To(x)`, `To(truncatingIfNeeded: x)` or
    /// `To(clamping: x)` of `to` (nil: `Int`) makes it; nil when `To(x)` would trap.
    enum Conversion { case exactly, truncating, clamping }

    static func convert(_ v: Int, from: IntegerKind?, to: IntegerKind?, _ how: Conversion) -> Int? {
        func target<S: FixedWidthInteger, T: FixedWidthInteger>(_ x: S, _ t: T.Type) -> Int? {
            switch how {
            case .exactly: T(exactly: x).map { Int(truncatingIfNeeded: $0) }
            case .truncating: Int(truncatingIfNeeded: T(truncatingIfNeeded: x))
            case .clamping: Int(truncatingIfNeeded: T(clamping: x))
            }
        }
        func source<S: FixedWidthInteger>(_ s: S.Type) -> Int? {
            let x = S(truncatingIfNeeded: v)
            guard let to else { return target(x, Int.self) }
            return with(to) { target(x, $0) }
        }
        guard let from else { return source(Int.self) }
        return with(from) { source($0) }
    }

    /// `To(d)` from a floating-point value: nil when Swift would trap (NaN, infinite, out of range).
    static func fromFloatingPoint(_ d: Double, to: IntegerKind?) -> Int? {
        guard d.isFinite else { return nil }
        func op<T: FixedWidthInteger>(_ t: T.Type) -> Int? { T(exactly: d.rounded(.towardZero)).map { Int(truncatingIfNeeded: $0) } }
        guard let to else { return op(Int.self) }
        return with(to) { op($0) }
    }

    /// A property of a held value: `nonzeroBitCount`, `leadingZeroBitCount`, `trailingZeroBitCount`.
    static func bitCount(_ name: String, _ kind: IntegerKind, _ v: Int) -> Int {
        func op<T: FixedWidthInteger>(_ t: T.Type) -> Int {
            let x = T(truncatingIfNeeded: v)
            switch name {
            case "leadingZeroBitCount": return x.leadingZeroBitCount
            case "trailingZeroBitCount": return x.trailingZeroBitCount
            default: return x.nonzeroBitCount
            }
        }
        return with(kind) { op($0) }
    }

    // MARK: - Float

    typealias FloatBinary = (Double, Double) -> Double

    /// `a op b` on two `Float`s (held as `Double`s), rounded as Float arithmetic rounds.
    static func floatBinary(_ op: String) -> FloatBinary? {
        switch op {
        case "+": { Double(Float($0) + Float($1)) }
        case "-": { Double(Float($0) - Float($1)) }
        case "*": { Double(Float($0) * Float($1)) }
        case "/": { Double(Float($0) / Float($1)) }
        default: nil
        }
    }
}
