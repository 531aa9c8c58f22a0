/// `Any` and `any Error` values and the casts between them and concrete types: `x as Any`
/// (boxing: the value keeps its type for later tests and printing), `x as? T`, `x as! T`,
/// `x is T` (testing the boxed value's type), and `1 as Double` (a literal's type). A cast
/// between two concrete types is decided statically, as swiftc does with a warning; casts that
/// would need Swift's bridging or collection conversion are rejected by name.
extension Checker {
    /// A value where `Any` or `any Error` (or an optional of one) is expected: boxed with its type.
    func boxAsExistential(_ t: Typed, to type: QType) -> Typed? {
        if case .optional(let w) = type, w == .anyValue || w == .anyError, t.type.optionalWrapped == nil {
            guard let boxed = boxAsExistential(t, to: w) else { return nil }
            return Typed(type, .value(boxed.code.value))
        }
        guard type == .anyValue || type == .anyError else { return nil }
        switch t.type {
        case .anyValue, .anyError:
            // Already boxed: `any Error` widens to `Any`; `Any` does not narrow without a cast.
            return type == .anyValue ? Typed(type, .value(t.code.value)) : nil
        case .metatype, .void:
            return nil
        default:
            break
        }
        if type == .anyError && !isErrorType(t.type) { return nil }
        let f = t.code.value
        let inner = t.type
        return Typed(type, .value { fp throws(Trap) in .existential(Existential(value: try f(fp), type: inner)) })
    }

    func checkCast(_ e: Expr, _ kind: CastKind, _ repr: TypeRepr, at loc: SourceLoc) throws(CheckError) -> Typed {
        let target = try resolveType(repr)
        if kind == .upcast {
            // `1 as Double`, `x as Any`: the expression takes the type, or converts to it.
            let x = try check(e, expected: target)
            if x.type == target { return x }
            if let boxed = boxAsExistential(x, to: target) { return boxed }
            if case .optional(let w) = target, w == x.type { return try convert(x, to: target, context: .argument, at: e.loc) }
            throw error("type-mismatch", "cannot convert value of type '\(x.type)' to type '\(target)' in coercion", at: e.loc)
        }
        let x = try check(e)
        if case .optional(let w) = x.type, w == .anyValue || w == .anyError {
            // `d["k"] as? Int` on an `Any?`: nil stays nil, else the boxed value is tested.
            return try optionalCast(x, w, kind, target, at: loc)
        }
        return try checkCastOfBoxed(x, kind, target, at: loc)
    }

    /// `x as? T`, `x as! T`, `x is T` for `x` of type `Any`/`any Error`, or of `T` itself.
    private func checkCastOfBoxed(_ x: Typed, _ kind: CastKind, _ target: QType, at loc: SourceLoc) throws(CheckError) -> Typed {
        switch target {
        case .anyValue, .anyError, .optional, .array, .dictionary, .tuple, .function:
            if !(x.type == .anyValue || x.type == .anyError) && x.type == target { break }
            throw unsupported("casts to the type '\(target)' (cast to a single concrete type such as 'Int' or 'MyError')", at: loc)
        default:
            break
        }
        guard x.type == .anyValue || x.type == .anyError else {
            // Both types are known: the answer is too (swiftc warns that it always succeeds).
            guard x.type == target else {
                throw unsupported("a cast from '\(x.type)' to '\(target)' (the types are unrelated; it always fails)", at: loc)
            }
            switch kind {
            case .conditional: return try convert(x, to: .optional(target), context: .argument, at: loc)
            case .check: return Typed(.bool, .constant(.bool(true)))
            default: return x
            }
        }
        let f = x.code.value
        switch kind {
        case .check:
            return Typed(.bool, .bool { fp throws(Trap) in
                guard case .existential(let b) = try f(fp) else { unreachableCase() }
                return b.cast(to: target) != nil
            })
        case .conditional:
            return Typed(.optional(target), .value { fp throws(Trap) in
                guard case .existential(let b) = try f(fp) else { unreachableCase() }
                return b.cast(to: target) ?? .none
            })
        default:
            return Typed(target, .make(target) { fp throws(Trap) in
                guard case .existential(let b) = try f(fp) else { unreachableCase() }
                guard let v = b.cast(to: target) else {
                    throw Trap(id: "cast-failed", message: "Could not cast value of type '\(b.type.genericName(qualified: true))' to '\(target.genericName(qualified: true))'", loc: loc)
                }
                return v
            })
        }
    }

    /// A cast of an optional `Any`: as Swift, `nil` gives `nil` (`false` for `is`; a trap for
    /// `as!`), and a value is cast as it is.
    private func optionalCast(_ x: Typed, _ wrapped: QType, _ kind: CastKind, _ target: QType, at loc: SourceLoc) throws(CheckError) -> Typed {
        let slot = fn.newSlot()
        let inner = try checkCastOfBoxed(Typed(wrapped, .value { fp in fp[slot] }), kind, target, at: loc)
        let f = x.code.value
        let g = inner.code.value
        switch kind {
        case .check:
            return Typed(.bool, .bool { fp throws(Trap) in
                let v = try f(fp)
                if v.isNone { return false }
                fp[slot] = v
                return try g(fp).bool
            })
        case .conditional:
            return Typed(inner.type, .value { fp throws(Trap) in
                let v = try f(fp)
                if v.isNone { return .none }
                fp[slot] = v
                return try g(fp)
            })
        default:
            return Typed(target, .make(target) { fp throws(Trap) in
                let v = try f(fp)
                if v.isNone { throw Trap(id: "unwrap-nil", message: "unexpectedly found nil while unwrapping an Optional value", loc: loc) }
                fp[slot] = v
                return try g(fp)
            })
        }
    }
}

extension Existential {
    /// The boxed value as a `target`, or nil: its own type, or the value inside a non-nil
    /// optional (Swift's casts look through an optional boxed as `Any`).
    func cast(to target: QType) -> Value? {
        if type == target { return value }
        if case .optional(let w) = type, w == target, !value.isNone { return value }
        return nil
    }
}
