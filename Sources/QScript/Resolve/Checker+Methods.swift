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
        case .native(let id):
            if let overloads = library.type(id)?.methods[name] {
                return try callNativeOverloads(overloads, args, receiver: b, at: loc, what: "\(id.name).\(name)", kind: .instanceMethod)
            }
        case .optional:
            if let t = try standardMethod(b, name, args, expected: expected, at: loc) { return t }
            throw error("optional-member", "value of optional type '\(b.type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(b.type.optionalWrapped!)'", at: loc,
                        notes: [.init(message: "chain the optional using '?' to access member '\(name)' only for non-'nil' base values"),
                                .init(message: "force-unwrap using '!' to abort execution if the optional value contains 'nil'")])
        case .function:
            throw error("no-member", "value of type '\(b.type)' has no member '\(name)'", at: loc)
        default:
            if let t = try standardMethod(b, name, args, expected: expected, at: loc) { return t }
        }
        if let t = try? property(b, name, at: loc, baseExpr: Expr(.discard, loc)), case .function = t.type {
            return try callValue(t, args, at: loc, name: name)
        }
        throw error("no-member", "value of type '\(b.type)' has no member '\(name)'", at: loc)
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
