extension Checker {
    /// `base.name(args)`.
    func checkMethodCall(_ base: Expr, _ name: String, _ args: [Argument], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if case .optionalChain(let inner) = base.kind {
            if let chained = try mutatingOptionalChain(inner, name, args, at: loc) { return chained }
            return try optionalChain(inner) { (b) throws(CheckError) in
                try method(b, name, args, expected: nil, at: loc, baseExpr: nil)
            }
        }
        if let inner = chainedOptional(in: base), !Checker.mutatingMethods.contains(name), !isNativeMutatingSomewhere(name) {
            return try optionalChain(inner) { (u) throws(CheckError) in
                try method(try continueChain(base, from: u), name, args, expected: nil, at: loc, baseExpr: nil)
            }
        }
        if case .name(let n) = base.kind, lookup(n) == nil, let t = namedType(n) {
            return try staticMember(t, name, args: args, expected: expected, at: loc)
        }
        if case .typeExpr(let repr) = base.kind {
            return try staticMember(try resolveType(repr), name, args: args, expected: expected, at: loc)
        }
        if Checker.mutatingMethods.contains(name) {
            // Mutating methods need the base as a place; check its type first to pick the method.
            let b = try check(base)
            if b.type.hasMutatingMethod(name) || isNativeMutating(b.type, name) {
                return try mutatingMethod(base, b.type, name, args, at: loc)
            }
            return try method(b, name, args, expected: expected, at: loc, baseExpr: base)
        }
        let b = try check(base)
        if case .metatype(let t) = b.type { return try staticMember(t, name, args: args, expected: expected, at: loc) }
        if isNativeMutating(b.type, name) { return try mutatingMethod(base, b.type, name, args, at: loc) }
        return try method(b, name, args, expected: expected, at: loc, baseExpr: base)
    }

    /// `d["a"]?.append(2)`: a mutating method through an optional place. When the optional is
    /// nil, nothing else is evaluated (not even the arguments) and the result is nil; else the
    /// method mutates the wrapped value in place. Nil when `name` is not a mutating method of
    /// the wrapped type (the ordinary optional chain applies).
    func mutatingOptionalChain(_ inner: Expr, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        let t = try check(inner)
        guard case .optional(let w) = t.type else { return nil }
        let declared: DeclaredType? = switch w {
        case .structure(let s): s
        case .enumeration(let e): e
        default: nil
        }
        let isDeclaredMutating = declared?.methods[name]?.contains { declared!.isMutating($0) } == true
        guard w.hasMutatingMethod(name) || isNativeMutating(w, name) || isDeclaredMutating else { return nil }
        let p = try place(inner, .mutatingMember(name))
        let outer = p.access
        // The wrapped value as a place whose path the chain has already evaluated.
        let unwrapped = Place(type: w, access: { fp, body throws(Trap) in
            try outer(fp) { (v: inout Value) throws(Trap) in try body(&v) }
        })
        let call: Typed
        if let declared, isDeclaredMutating {
            // The method's `inout self` is the wrapped value: a stand-in expression names it.
            let standIn = Expr(.name(inner.description), inner.loc)
            placeOverrides[ObjectIdentifier(standIn)] = unwrapped
            defer { placeOverrides[ObjectIdentifier(standIn)] = nil }
            let value = Typed(w, .value { fp throws(Trap) in
                var current = Value.void
                try outer(fp) { (v: inout Value) throws(Trap) in current = v }
                return current
            })
            guard let c = try declaredTypeMethod(value, declared, name, args, base: standIn, at: loc) else { return nil }
            call = c
        } else {
            call = try mutatingMethod(on: unwrapped, named: inner.description, w, name, args, at: loc)
        }
        let resultType: QType = call.type == .void || call.type.optionalWrapped != nil ? call.type : .optional(call.type)
        let f = call.code.value
        return Typed(resultType, .make(resultType) { fp throws(Trap) in
            try p.path?(fp)
            var isNil = false
            try outer(fp) { (v: inout Value) throws(Trap) in isNil = v.isNone }
            if isNil { return resultType == .void ? .void : .none }
            return try f(fp)
        })
    }

    func isNativeMutatingSomewhere(_ name: String) -> Bool {
        library.typesByName.values.contains { $0.methods[name]?.contains { $0.isMutating } == true }
    }

    /// Names of the standard library's mutating methods (from `StandardLibrary`'s table).
    static var mutatingMethods: Set<String> { StandardLibrary.mutatingNames }

    func isNativeMutating(_ t: QType, _ name: String) -> Bool {
        if case .native(let id) = t, let m = library.type(id)?.methods[name] { return m.contains { $0.isMutating } }
        return false
    }

    func method(_ b: Typed, _ name: String, _ args: [Argument], expected: QType?, at loc: SourceLoc, baseExpr: Expr?) throws(CheckError) -> Typed {
        switch b.type {
        case .structure(let t):
            if let r = try declaredTypeMethod(b, t, name, args, base: baseExpr, at: loc) { return r }
        case .enumeration(let t):
            if let r = try declaredTypeMethod(b, t, name, args, base: baseExpr, at: loc) { return r }
        case .float:
            if let r = floatMethod(b, name, args) { return r }
        case .array(let e):
            if let t = try arrayMethod(b, e, name, args, expected: expected, at: loc) { return t }
        case .sequence(.substring, _), .string:
            if let t = try stringMethod(b, name, args, at: loc) { return t }
            if let t = try arrayMethod(Typed(.array(.character), .value(sequenceCode(b, at: loc))), .character, name, args, expected: expected, at: loc, sourceIsString: true, original: b) { return t }
        case .sequence(_, let e), .stride(let e, _), .wrapper(_, let e, _):
            if let t = try arrayMethod(Typed(.array(e), .value(sequenceCode(b, at: loc))), e, name, args, expected: expected, at: loc, original: b) { return t }
        case .range(let e, _):
            if name == "contains", args.count == 1, args[0].label == nil {
                let x = try check(args[0].value, as: e, context: .argument).code.int
                let f = b.code.value
                return Typed(.bool, .bool { fp throws(Trap) in
                    let r = try f(fp).rangeValue
                    let v = try x(fp)
                    return v >= r.lower && (r.closed ? v <= r.upper : v < r.upper)
                })
            }
            if let t = try arrayMethod(Typed(.array(e), .value(sequenceCode(b, at: loc))), e, name, args, expected: expected, at: loc, original: b) { return t }
        case .dictionary(let k, let v):
            if let t = try dictionaryMethod(b, k, v, name, args, at: loc) { return t }
        case .int:
            if let t = try intMethod(b.code.int, name, args, at: loc) { return t }
        case .double:
            if let t = try doubleMethod(b.code.double, name, args, at: loc) { return t }
        case .character:
            let f = b.code.value
            if args.isEmpty, name == "uppercased" { return Typed(.string, .value { fp throws(Trap) in .string(try f(fp).character.uppercased()) }) }
            if args.isEmpty, name == "lowercased" { return Typed(.string, .value { fp throws(Trap) in .string(try f(fp).character.lowercased()) }) }
        case .bool:
            break
        case .native(let id):
            if let overloads = library.type(id)?.methods[name] {
                return try callNativeOverloads(overloads, args, receiver: b, at: loc, what: "\(id.name).\(name)", kind: .instanceMethod)
            }
        case .optional(let w) where ["map", "flatMap"].contains(name) && args.count == 1 && args[0].label == nil:
            // `x.map { }` on an optional: nil stays nil (the closure does not run); `flatMap`'s
            // closure returns an optional, which is the result.
            let c = try checkFunctionArgument(args[0].value, params: [w], result: nil)
            guard case .function(_, let r) = c.type else { throw unsupported("this argument of Optional.\(name)", at: loc) }
            let resultType: QType
            if name == "map" {
                if r.optionalWrapped != nil { throw unsupported("nested optionals ('map' with a closure returning an optional; use 'flatMap')", at: loc) }
                resultType = .optional(r)
            } else {
                guard r.optionalWrapped != nil else {
                    throw error("type-mismatch", "cannot convert value of type '\(r)' to closure result type '\(r)?'", at: args[0].value.loc)
                }
                resultType = r
            }
            let f = b.code.value, g = c.code.value, m = self.m
            return Typed(resultType, .value { fp throws(Trap) in
                let v = try f(fp)
                if case .none = v { return .none }
                return try Invoke.call1(try g(fp).function, v, m, loc)
            })
        case .optional:
            throw error("optional-member", "value of optional type '\(b.type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(b.type.optionalWrapped!)'", at: loc,
                        notes: [.init(message: "chain the optional using '?' to access member '\(name)' only for non-'nil' base values"),
                                .init(message: "force-unwrap using '!' to abort execution if the optional value contains 'nil'")])
        case .function:
            throw error("no-member", "value of type '\(b.type)' has no member '\(name)'", at: loc)
        default:
            break
        }
        if let t = try? property(b, name, at: loc, baseExpr: Expr(.discard, loc)), case .function = t.type {
            return try callValue(t, args, at: loc, name: name)
        }
        throw error("no-member", "value of type '\(b.type)' has no member '\(name)'", at: loc)
    }

    func intMethod(_ f: @escaping IntCode, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        switch (name, args.map(\.label)) {
        case ("isMultiple", ["of"]):
            let y = try check(args[0].value, as: .int, context: .argument).code.int
            return Typed(.bool, .bool { fp throws(Trap) in try f(fp).isMultiple(of: try y(fp)) })
        case ("quotientAndRemainder", ["dividingBy"]):
            let y = try check(args[0].value, as: .int, context: .argument).code.int
            let t = QType.tuple([.init(label: "quotient", type: .int), .init(label: "remainder", type: .int)])
            return Typed(t, .value { fp throws(Trap) in
                let a = try f(fp), b = try y(fp)
                if b == 0 { throw Trap(id: "division-by-zero", message: "division by zero", loc: loc) }
                if a == .min && b == -1 { throw Arithmetic.overflow("/", loc) }
                let (q, r) = a.quotientAndRemainder(dividingBy: b)
                return .tuple([.int(q), .int(r)])
            })
        case ("signum", []):
            return Typed(.int, .int { fp throws(Trap) in try f(fp).signum() })
        case ("advanced", ["by"]):
            let y = try check(args[0].value, as: .int, context: .argument).code.int
            return Typed(.int, Code.int(Specialized.intBinary("+", .code(f), .code(y), loc)!))
        case ("distance", ["to"]):
            let y = try check(args[0].value, as: .int, context: .argument).code.int
            return Typed(.int, Code.int(Specialized.intBinary("-", .code(y), .code(f), loc)!))
        default:
            return nil
        }
    }

    func doubleMethod(_ f: @escaping DoubleCode, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        switch (name, args.map(\.label)) {
        case ("squareRoot", []): return Typed(.double, .double { fp throws(Trap) in try f(fp).squareRoot() })
        case ("rounded", []): return Typed(.double, .double { fp throws(Trap) in try f(fp).rounded() })
        case ("rounded", [nil]):
            guard case .implicitMember(let rule) = args[0].value.kind else {
                throw unsupported("rounding rules other than '.up', '.down', '.towardZero', '.awayFromZero', '.toNearestOrEven', '.toNearestOrAwayFromZero'", at: args[0].loc)
            }
            let r: FloatingPointRoundingRule
            switch rule {
            case "up": r = .up
            case "down": r = .down
            case "towardZero": r = .towardZero
            case "awayFromZero": r = .awayFromZero
            case "toNearestOrEven": r = .toNearestOrEven
            case "toNearestOrAwayFromZero": r = .toNearestOrAwayFromZero
            default: throw error("no-member", "type 'FloatingPointRoundingRule' has no member '\(rule)'", at: args[0].loc)
            }
            return Typed(.double, .double { fp throws(Trap) in try f(fp).rounded(r) })
        case ("truncatingRemainder", ["dividingBy"]):
            let y = try check(args[0].value, as: .double, context: .argument).code.double
            return Typed(.double, .double { fp throws(Trap) in try f(fp).truncatingRemainder(dividingBy: try y(fp)) })
        case ("remainder", ["dividingBy"]):
            let y = try check(args[0].value, as: .double, context: .argument).code.double
            return Typed(.double, .double { fp throws(Trap) in try f(fp).remainder(dividingBy: try y(fp)) })
        default:
            return nil
        }
    }
}

extension QType {
    /// Whether the standard library gives this type a mutating method of this name
    /// (`StandardLibrary`'s table).
    func hasMutatingMethod(_ name: String) -> Bool {
        let receiver: StandardMember.Receiver
        switch self {
        case .array: receiver = .array
        case .string: receiver = .string
        case .dictionary: receiver = .dictionary
        case .bool: receiver = .bool
        case .int: receiver = .int
        case .double: receiver = .double
        default: return false
        }
        return StandardLibrary.hasMutatingMember(receiver, name)
    }
}

extension Checker {
    /// Code producing the elements of any iterable as an array value.
    func sequenceCode(_ t: Typed, at loc: SourceLoc) -> ValueCode {
        let f = t.code.value
        if case .array = t.type { return f }
        let elements = Sequences.elements(t.type, m, loc)
        return { fp throws(Trap) in .array(try elements(try f(fp))) }
    }
}
