extension Checker {
    /// A type's name used as a value or in a call, e.g. `Int` in `Int("12")`.
    func namedType(_ name: String) -> QType? {
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "Bool": return .bool
        case "String": return .string
        case "Character": return .character
        case "FloatingPointSign": return .enumeration(EnumType.floatingPointSign)
        case "Float", "Float32": return .float
        case "Float64": return .double
        default:
            if let k = IntegerKind(rawValue: name) { return .fixedWidth(k) }
            if case .declaredType(let t)? = lookup(name) { return t.type }
            if case .typeAlias(let t)? = lookup(name) { return t }
            return library.type(named: name).map { .native($0.id) }
        }
    }

    func resolveType(_ repr: TypeRepr) throws(CheckError) -> QType {
        switch repr {
        case .named(let name, let loc):
            if name == "Void" { return .void }
            if case .poisoned? = lookup(name) { throw CheckError.silent }
            if let t = namedType(name) { return t }
            switch name {
            case "Float16", "Float80", "CGFloat", "Decimal":
                throw unsupported("the type '\(name)' (use 'Double' or 'Float')", at: loc)
            case "Any": return .anyValue
            case "Error": return .anyError
            case "AnyObject", "Set", "Substring", "Range", "ClosedRange", "Never":
                throw unsupported("the type '\(name)'", at: loc)
            default:
                if name.hasPrefix("'") || name.contains("<") || name.contains(".") {
                    throw unsupported("the type \(name.hasPrefix("'") ? name : "'\(name)'")", at: loc)
                }
                throw error("undefined-type", "cannot find type '\(name)' in scope", at: loc)
            }
        case .array(let e):
            return .array(try resolveType(e))
        case .dictionary(let k, let v):
            let kt = try resolveType(k)
            guard kt.isHashable else {
                throw error("not-hashable", "type '\(kt)' does not conform to protocol 'Hashable'", at: k.loc)
            }
            return .dictionary(kt, try resolveType(v))
        case .optional(let w):
            let wt = try resolveType(w)
            if case .optional = wt { throw unsupported("nested optionals", at: w.loc) }
            return .optional(wt)
        case .tuple(let fields):
            if fields.isEmpty { return .void }
            var result: [QType.TupleField] = []
            for f in fields { result.append(QType.TupleField(label: f.label, type: try resolveType(f.type))) }
            return .tuple(result)
        case .function(let params, let result):
            var ps: [QType] = []
            for p in params { ps.append(try resolveType(p)) }
            return .function(ps, try resolveType(result))
        case .existential(let inner, let loc):
            let t = try resolveType(inner)
            if t == .anyError { return t }
            guard case .native(let id) = t, library.type(id)?.isProtocol == true else {
                throw error("any-concrete-type", "'any' has no effect on concrete type '\(t)'", at: loc)
            }
            return t
        }
    }
}

extension Checker {
    /// `[Int]`, `[String: Double]`, `Int` written where an expression goes (as in `[Int]()`).
    func typeFromExpr(_ e: Expr) throws(CheckError) -> QType? {
        switch e.kind {
        case .name(let n):
            guard lookup(n) == nil else { return nil }
            return namedType(n)
        case .typeExpr(let r):
            return try resolveType(r)
        case .array(let xs) where xs.count == 1:
            return try typeFromExpr(xs[0]).map { .array($0) }
        case .optionalChain(let x):
            // `[Int?]()`: inside a type written as an expression, `T?` is an optional type.
            guard let w = try typeFromExpr(x) else { return nil }
            if case .optional = w { throw unsupported("nested optionals", at: e.loc) }
            return .optional(w)
        case .tuple(let parts) where parts.count > 1:
            // `[(Int, Int)]()`.
            var fields: [QType.TupleField] = []
            for p in parts {
                guard let t = try typeFromExpr(p.value) else { return nil }
                fields.append(.init(label: p.label, type: t))
            }
            return .tuple(fields)
        case .dictionary(let kvs) where kvs.count == 1:
            guard let k = try typeFromExpr(kvs[0].0), let v = try typeFromExpr(kvs[0].1) else { return nil }
            return .dictionary(k, v)
        default:
            return nil
        }
    }
}
