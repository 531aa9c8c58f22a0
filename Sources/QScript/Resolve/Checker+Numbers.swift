/// `Int8` … `UInt64`, `UInt` and `Float`: literals typed by their context (with swiftc's
/// overflow errors), arithmetic, bit operations and shifts within one type, comparisons,
/// conversions to and from `Int`, `Double` and each other (trapping, `truncatingIfNeeded:`,
/// `clamping:`, `exactly:`), `min`/`max`/`bitWidth` and bit counts, `Float`'s constants and
/// properties. The operations are Swift's own (`FixedWidth`); mixing two types is swiftc's error.
extension Checker {
    /// A number literal where a fixed-width integer or `Float` is expected; nil otherwise.
    func otherNumberLiteral(_ e: Expr, negative: Bool, expected: QType?) throws(CheckError) -> Typed? {
        guard let want = expected?.optionalWrappedOrSelf, want.isOtherNumber else { return nil }
        switch (e.kind, want) {
        case (.intLiteral(let v), .fixedWidth(let k)):
            let n = negative ? -v : v
            guard let held = k.exactly(n) else {
                if n < 0 && !k.isSigned {
                    throw error("literal-overflow", "negative integer '\(n)' overflows when stored into unsigned type '\(k.rawValue)'", at: e.loc)
                }
                throw error("literal-overflow", "integer literal '\(n)' overflows when stored into '\(k.rawValue)'", at: e.loc)
            }
            return Typed(want, .constant(.int(held)), constant: .int(held))
        case (.intLiteral(let v), .float):
            let d = Double(Float(negative ? -v : v))
            return Typed(.float, .constant(.double(d)), constant: .double(d))
        case (.floatLiteral(let d), .float):
            // Rounded once from the decimal text, as Swift converts a Float literal.
            let f = e.literalText.flatMap { Float($0) } ?? Float(d)
            let v = Double(negative ? -f : f)
            return Typed(.float, .constant(.double(v)), constant: .double(v))
        default:
            return nil
        }
    }

    /// `a op b` for two values of one fixed-width integer type or `Float` (shifts: any integer
    /// count). Constants fold, with swiftc's error for an overflow.
    func otherNumberBinary(_ op: String, _ a: Typed, _ b: Typed, at loc: SourceLoc) throws(CheckError) -> Typed? {
        switch a.type {
        case .fixedWidth(let k):
            let isShift = ["<<", ">>", "&<<", "&>>"].contains(op)
            guard b.type == a.type || (isShift && (b.type == .int || b.type.isFixedWidth)) else { return nil }
            guard let f = FixedWidth.binary(k, op) else { return nil }
            let rhsKind: IntegerKind? = if case .fixedWidth(let rk) = b.type { rk } else { nil }
            if let x = a.constant?.intValue, let y = b.constant?.intValue {
                if (op == "/" || op == "%") && y == 0 { throw error("constant-overflow", "division by zero", at: loc) }
                do throws(Trap) {
                    let count = isShift ? (rhsKind.map { FixedWidth.convert(y, from: $0, to: nil, .clamping)! } ?? y) : y
                    let v = try f(x, count, loc)
                    return Typed(a.type, .constant(.int(v)), constant: .int(v))
                } catch {
                    throw self.error("constant-overflow", "arithmetic operation '\(k.text(x)) \(op) \(isShift ? String(y) : k.text(y))' (on type '\(k.rawValue)') results in an overflow", at: loc)
                }
            }
            let x = a.code.value, y = b.code.value
            if isShift, let rk = rhsKind {
                return Typed(a.type, .value { fp throws(Trap) in
                    let count = FixedWidth.convert(try y(fp).int, from: rk, to: nil, .clamping)!
                    return .int(try f(try x(fp).int, count, loc))
                })
            }
            return Typed(a.type, .value { fp throws(Trap) in .int(try f(try x(fp).int, try y(fp).int, loc)) })
        case .float:
            guard b.type == .float else { return nil }
            if op == "%" {
                throw error("no-operator", "'%' is unavailable: For floating point numbers use truncatingRemainder instead", at: loc)
            }
            guard let f = FixedWidth.floatBinary(op) else { return nil }
            let x = a.code.value, y = b.code.value
            return Typed(.float, .value { fp throws(Trap) in .double(f(try x(fp).double, try y(fp).double)) })
        default:
            return nil
        }
    }

    /// `-x` and `~x`.
    func otherNumberPrefix(_ op: String, _ t: Typed, at loc: SourceLoc) throws(CheckError) -> Typed? {
        let f = t.code.value
        switch (op, t.type) {
        case ("-", .fixedWidth(let k)):
            guard k.isSigned else { return nil }
            if let c = t.constant?.intValue {
                guard let v = k.exactly(-c) else {
                    throw error("constant-overflow", "arithmetic operation '0 - \(c)' (on type '\(k.rawValue)') results in an overflow", at: loc)
                }
                return Typed(t.type, .constant(.int(v)), constant: .int(v))
            }
            return Typed(t.type, .value { fp throws(Trap) in .int(try FixedWidth.negate(k, try f(fp).int, loc)) })
        case ("~", .fixedWidth(let k)):
            return Typed(t.type, .value { fp throws(Trap) in .int(FixedWidth.complement(k, try f(fp).int)) })
        case ("-", .float):
            return Typed(.float, .value { fp throws(Trap) in .double(-(try f(fp).double)) })
        default:
            return nil
        }
    }

    /// `x op= y` on a place of a fixed-width integer type or `Float`.
    func otherNumberCompound(_ op: String, _ p: Place, _ r: Expr, name: String, at loc: SourceLoc) throws(CheckError) -> ValueCode? {
        let path = p.path, access = p.access
        switch p.type {
        case .fixedWidth(let k):
            guard let f = FixedWidth.binary(k, op) else { return nil }
            let isShift = ["<<", ">>", "&<<", "&>>"].contains(op)
            let rhs = try check(r, as: isShift ? .int : p.type, context: .argument).code.value
            return { fp throws(Trap) in
                try path?(fp)
                let y = try rhs(fp).int
                try access(fp) { (v: inout Value) throws(Trap) in
                    guard case .int(let x) = v else { throw uninitializedTrap(name, loc) }
                    v = .int(try f(x, y, loc))
                }
                return .void
            }
        case .float:
            if op == "%" { throw error("no-operator", "'%' is unavailable: For floating point numbers use truncatingRemainder instead", at: loc) }
            guard let f = FixedWidth.floatBinary(op) else { return nil }
            let rhs = try check(r, as: .float, context: .argument).code.value
            return { fp throws(Trap) in
                try path?(fp)
                let y = try rhs(fp).double
                try access(fp) { (v: inout Value) throws(Trap) in
                    guard case .double(let x) = v else { throw uninitializedTrap(name, loc) }
                    v = .double(f(x, y))
                }
                return .void
            }
        default:
            return nil
        }
    }

    // MARK: - conversions

    /// `UInt8(x)`, `Int(x)`, `Double(x)`, `Float(x)` and the labelled forms, where a fixed-width
    /// integer type or `Float` is the target or the argument's type; nil for the other cases.
    func otherNumberInitializer(_ t: QType, _ args: [Argument], checked: Typed? = nil, at loc: SourceLoc) throws(CheckError) -> Typed? {
        let target: IntegerKind?
        switch t {
        case .fixedWidth(let k): target = k
        case .int, .double, .float: target = nil
        default: return nil
        }
        guard args.count == 1 else { return nil }
        let label = args[0].label
        // A bare literal takes the target type (`UInt8(200)`, `Float(0.1)`).
        if label == nil, t.isOtherNumber, let lit = try otherNumberLiteral(args[0].value, negative: false, expected: t) { return lit }
        if label == nil, t.isOtherNumber, case .prefix("-", let inner) = args[0].value.kind,
           let lit = try otherNumberLiteral(inner, negative: true, expected: t) { return lit }
        let x: Typed
        if let checked { x = checked } else { x = try check(args[0].value) }
        let source: IntegerKind?
        switch x.type {
        case .fixedWidth(let k): source = k
        case .int: source = nil
        case .double, .float, .string, .sequence(.substring, _): source = nil
        default: return nil
        }
        // Only conversions involving one of these types are handled here.
        guard t.isOtherNumber || x.type.isOtherNumber else { return nil }
        let g = x.code.value
        let typeName = t.description
        switch (label, x.type) {
        case (nil, .int), (nil, .fixedWidth), ("exactly", .int), ("exactly", .fixedWidth),
             ("truncatingIfNeeded", .int), ("truncatingIfNeeded", .fixedWidth), ("clamping", .int), ("clamping", .fixedWidth):
            if t == .double || t == .float {
                guard label == nil else { return nil }
                let isFloat = t == .float
                return Typed(t, .value { fp throws(Trap) in
                    let v = try g(fp).int
                    if let k = source { return .double(isFloat ? Double(FixedWidth.asFloat(k, v)) : FixedWidth.asDouble(k, v)) }
                    return .double(isFloat ? Double(Float(v)) : Double(v))
                })
            }
            let how: FixedWidth.Conversion = label == "truncatingIfNeeded" ? .truncating : label == "clamping" ? .clamping : .exactly
            if label == "exactly" {
                return Typed(.optional(t), .value { fp throws(Trap) in
                    FixedWidth.convert(try g(fp).int, from: source, to: target, .exactly).map { .int($0) } ?? .none
                })
            }
            return Typed(t, .value { fp throws(Trap) in
                let held = try g(fp).int
                guard let v = FixedWidth.convert(held, from: source, to: target, how) else {
                    let negative = (source?.isSigned ?? true) && held < 0 && !(target?.isSigned ?? true)
                    throw Trap(id: "conversion-overflow", message: negative ? "Negative value is not representable" : "Not enough bits to represent the passed value", loc: loc)
                }
                return .int(v)
            })
        case (nil, .double), (nil, .float), ("exactly", .double), ("exactly", .float):
            let from = x.type == .float ? "Float" : "Double"
            if t == .double || t == .float {
                guard label == nil else { return nil }
                return t == .float ? Typed(.float, .value { fp throws(Trap) in .double(Double(Float(try g(fp).double))) })
                                   : Typed(.double, .value { fp throws(Trap) in .double(try g(fp).double) })
            }
            if label == "exactly" {
                return Typed(.optional(t), .value { fp throws(Trap) in
                    let d = try g(fp).double
                    guard d == d.rounded(.towardZero) else { return .none }
                    return FixedWidth.fromFloatingPoint(d, to: target).map { .int($0) } ?? .none
                })
            }
            return Typed(t, .value { fp throws(Trap) in
                let d = try g(fp).double
                guard let v = FixedWidth.fromFloatingPoint(d, to: target) else {
                    let why = d.isFinite ? (d < 0 ? "less than \(typeName).min" : "greater than \(typeName).max") : "either infinite or NaN"
                    throw Trap(id: "conversion-overflow", message: "\(from) value cannot be converted to \(typeName) because \(d.isFinite ? "the result would be \(why)" : "it is \(why)")", loc: loc)
                }
                return .int(v)
            })
        case (nil, .string), (nil, .sequence(.substring, _)):
            guard t.isOtherNumber else { return nil }
            return Typed(.optional(t), .value { fp throws(Trap) in
                let s = try g(fp).string
                if let k = target {
                    func parse<T: FixedWidthInteger>(_ type: T.Type) -> Value { T(s).map { .int(Int(truncatingIfNeeded: $0)) } ?? .none }
                    return FixedWidth.with(k) { parse($0) }
                }
                return Float(s).map { .double(Double($0)) } ?? .none
            })
        default:
            return nil
        }
    }
}

extension QType {
    var isFixedWidth: Bool {
        if case .fixedWidth = self { return true }
        return false
    }
}
