extension Checker {
    func checkVariable(isLet: Bool, _ pattern: Pattern, _ typeRepr: TypeRepr?, _ value: Expr?, at loc: SourceLoc) throws(CheckError) -> Exec {
        let annotated = try typeRepr.map { (r) throws(CheckError) in try resolveType(r) }
        guard let value else {
            guard let annotated else {
                throw error("missing-type", "type annotation missing in pattern", at: pattern.loc)
            }
            guard case .name(let name, let nameLoc) = pattern else {
                throw unsupported("tuple declarations without a value", at: pattern.loc)
            }
            let b = try declareVariable(name, type: annotated, isLet: isLet, at: nameLoc)
            let store = Control.store(b)
            // `var x: T?` starts as nil; anything else stays uninitialised until assigned.
            let initial: Value = (!isLet && annotated.optionalWrapped != nil) ? .none : .void
            if case .void = initial, let id = bindingID(b) { uninitialized.insert(id) }
            if case .local(let v) = b, v.boxed {
                return { fp in store(fp, initial); return .normal }
            }
            return { fp in store(fp, initial); return .normal }
        }
        let t: Typed
        if let annotated {
            t = try check(value, as: annotated, context: .declaration)
        } else {
            t = try check(value)
            if case .metatype = t.type {
                throw error("type-as-value", "expected member name or initializer call after type name", at: value.loc)
            }
        }
        if t.type == .void || t.type == .optional(.void) {
            throw unsupported("variables of type '\(t.type)' (use the call as a statement, or 'try?' as 'if (try? f()) != nil')", at: value.loc)
        }
        let f = t.code.value
        switch pattern {
        case .name(let name, let nameLoc):
            let b = try declareVariable(name, type: t.type, isLet: isLet, at: nameLoc)
            if isLet, let c = t.constant, case .local(let v) = b { v.constant = c }
            if case .local(let v) = b, !v.boxed {
                let slot = v.slot
                switch t.code {
                case .int(let g): return { fp throws(Trap) in fp[slot] = .int(try g(fp)); return .normal }
                case .double(let g): return { fp throws(Trap) in fp[slot] = .double(try g(fp)); return .normal }
                default: break
                }
            }
            let store = Control.store(b)
            return { fp throws(Trap) in
                store(fp, try f(fp))
                return .normal
            }
        case .wildcard:
            return { fp throws(Trap) in
                _ = try f(fp)
                return .normal
            }
        case .tuple:
            let bind = try bindPattern(pattern, type: t.type, isLet: isLet)
            return { fp throws(Trap) in
                bind(fp, try f(fp))
                return .normal
            }
        default:
            throw unsupported("this pattern", at: pattern.loc)
        }
    }

    /// Declares the names of a binding pattern (`x`, `_`, `(a, (b, _))`) for a value of `type`,
    /// and returns the code that stores a value's parts into them.
    func bindPattern(_ p: Pattern, type: QType, isLet: Bool) throws(CheckError) -> (Frame, Value) -> Void {
        switch p {
        case .name(let name, let loc):
            return Control.store(try declareVariable(name, type: type, isLet: isLet, at: loc))
        case .wildcard:
            return { _, _ in }
        case .tuple(let parts, let loc):
            guard case .tuple(let fields) = type, fields.count == parts.count else {
                throw error("pattern-type", "tuple pattern cannot match values of type '\(type)'", at: loc)
            }
            var stores: [(Frame, Value) -> Void] = []
            for (i, part) in parts.enumerated() {
                stores.append(try bindPattern(part, type: fields[i].type, isLet: isLet))
            }
            let all = stores
            return { fp, v in
                let items = v.tuple
                for i in all.indices { all[i](fp, items[i]) }
            }
        case .binding(let l, let inner, _):
            return try bindPattern(inner, type: type, isLet: l)
        case .expr(let e):
            if case .unsupported(let what) = e.kind { throw unsupported(what, at: e.loc) }
            throw unsupported("expression patterns here", at: e.loc)
        case .optional(_, let loc):
            throw unsupported("'?' patterns here", at: loc)
        case .enumCase, .isType, .cast:
            // Declarations lower only names, `_` and tuples of them; these come from `case`.
            throw unsupported("this pattern", at: p.loc)
        }
    }
}
