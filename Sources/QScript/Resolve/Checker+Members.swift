import Foundation

extension Checker {
    /// `base.name` (a property) — including tuple labels, optional chains and static members.
    func checkMember(_ base: Expr, _ name: String, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if case .optionalChain(let inner) = base.kind {
            return try optionalChain(inner) { (b) throws(CheckError) in
                try property(b, name, at: loc, baseExpr: Expr(.discard, loc))
            }
        }
        if let inner = chainedOptional(in: base) {
            return try optionalChain(inner) { (u) throws(CheckError) in
                try property(try continueChain(base, from: u), name, at: loc, baseExpr: Expr(.discard, loc))
            }
        }
        if case .name("self") = base.kind, let st = currentInitializerSelf(), let s = st.type as? StructType, let i = s.fieldIndex(name) {
            // `self.x` in an initializer: only `x` needs to be set.
            try checkFieldRead(st, field: i, at: loc)
            partialSelfRead = true
            defer { partialSelfRead = false }
            return try property(try check(base), name, at: loc, baseExpr: base)
        }
        let b = try check(base)
        if case .metatype(let t) = b.type { return try staticMember(t, name, args: nil, expected: expected, at: loc) }
        return try property(b, name, at: loc, baseExpr: base)
    }

    /// Swift's optional chain covers the whole postfix expression after `?`: in
    /// `opt?.items.count`, `.count` is read from the unwrapped `items`. For a base that is a
    /// chain of properties and method calls starting at `x?` (but is not `x?` itself): `x`.
    func chainedOptional(in base: Expr) -> Expr? {
        func root(_ e: Expr) -> Expr? {
            switch e.kind {
            case .optionalChain(let inner): inner
            case .member(let b, _, _): root(b)
            case .call(let callee, _):
                if case .member(let b, _, _) = callee.kind { root(b) } else { nil }
            case .subscriptCall(let b, _): root(b)
            default: nil
            }
        }
        if case .optionalChain = base.kind { return nil }
        return root(base)
    }

    /// The chain `e` (see `chainedOptional`) applied to `u`, the unwrapped value of its `x?`.
    func continueChain(_ e: Expr, from u: Typed) throws(CheckError) -> Typed {
        switch e.kind {
        case .optionalChain:
            return u
        case .member(let b, let name, let nameLoc):
            return try property(try continueChain(b, from: u), name, at: nameLoc, baseExpr: Expr(.discard, nameLoc))
        case .call(let callee, let args):
            guard case .member(let b, let name, let nameLoc) = callee.kind else { break }
            if Checker.mutatingMethods.contains(name) || isNativeMutatingSomewhere(name) {
                throw unsupported("a mutating method inside an optional chain", at: nameLoc)
            }
            return try method(try continueChain(b, from: u), name, args, expected: nil, at: nameLoc, baseExpr: nil)
        case .subscriptCall(let b, let args):
            return try subscriptOf(try continueChain(b, from: u), b, args, at: e.loc)
        default:
            break
        }
        throw unsupported("this optional chain", at: e.loc)
    }

    /// `value[args]` for a value already checked (a step of an optional chain): a stand-in
    /// expression holds it while the subscript is checked (named so no cell variable can be
    /// found by it, which a fast path reading a variable's storage would do).
    func subscriptOf(_ value: Typed, _ base: Expr, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let standIn = Expr(.name("$chain"), base.loc)
        valueOverrides[ObjectIdentifier(standIn)] = value
        defer { valueOverrides[ObjectIdentifier(standIn)] = nil }
        return try checkSubscript(standIn, args, at: loc)
    }

    /// `inner?.member...`: the member is compiled against a temporary slot holding the
    /// unwrapped base; a nil base makes the whole chain nil.
    func optionalChain(_ inner: Expr, _ member: (Typed) throws(CheckError) -> Typed) throws(CheckError) -> Typed {
        let b = try check(inner)
        guard case .optional(let w) = b.type else {
            throw error("chain-non-optional", "cannot use optional chaining on non-optional value of type '\(b.type)'", at: inner.loc)
        }
        let tmp = fn.newSlot()
        let m = try member(Typed(w, .make(w) { fp in fp[tmp] }))
        let resultType: QType = m.type.optionalWrapped != nil || m.type == .void ? m.type : .optional(m.type)
        let f = b.code.value
        let g = m.code.value
        return Typed(resultType, .value { fp throws(Trap) in
            let v = try f(fp)
            if case .none = v { return resultType == .void ? .void : .none }
            fp[tmp] = v
            return try g(fp)
        })
    }

    func property(_ b: Typed, _ name: String, at loc: SourceLoc, baseExpr: Expr) throws(CheckError) -> Typed {
        let f = b.code.value
        func prop(_ t: QType, _ get: @escaping (Value) throws(Trap) -> Value) -> Typed {
            Typed(t, .make(t) { fp throws(Trap) in try get(try f(fp)) })
        }
        if name == "lazy", b.type.elementType != nil {
            throw unsupported("the 'lazy' view (its closures run at each access; use the eager 'map' and 'filter')", at: loc)
        }
        switch (b.type, name) {
        case (.structure(let t), _):
            if let i = t.fieldIndex(name), let fast = try fastFieldRead(baseExpr, t, i, at: loc) { return fast }
            if let p = try structProperty(b, t, name, at: loc) { return p }
        case (.enumeration(let t), _):
            if let p = try enumProperty(b, t, name, at: loc) { return p }
        case (.tuple(let fields), _):
            if let i = fields.firstIndex(where: { $0.label == name }) {
                return prop(fields[i].type) { $0.tuple[i] }
            }
        case (.native(let id), _):
            if let p = library.type(id)?.properties[name] {
                let lib = library
                let m = self.m
                return prop(p.type) { (v) throws(Trap) in
                    do { return try p.getter(v) } catch { throw lib.trap(error, loc, timeout: m.pointee.timeoutSeconds) }
                }
            }
            if library.type(id)?.methods[name] != nil {
                throw error("method-as-value", "method '\(name)' must be called: use '\(name)(...)'", at: loc)
            }
        case (.optional, _):
            throw error("optional-member", "value of optional type '\(b.type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(b.type.optionalWrapped!)'", at: loc,
                        notes: [.init(message: "chain the optional using '?' to access member '\(name)' only for non-'nil' base values"),
                                .init(message: "force-unwrap using '!' to abort execution if the optional value contains 'nil'")])
        default:
            if let p = try standardProperty(b, name, baseExpr: baseExpr, at: loc) { return p }
        }
        if Checker.methodNames.contains(name) {
            throw error("method-as-value", "method '\(name)' must be called: use '\(name)(...)'", at: loc)
        }
        if let t = b.type.declaredType, t.staticProperties[name] != nil || t.staticComputed[name] != nil || t.staticMethods[name] != nil {
            throw error("static-on-instance", "static member '\(name)' cannot be used on instance of type '\(t.name)'", at: loc)
        }
        throw error("no-member", "value of type '\(b.type)' has no member '\(name)'", at: loc)
    }

    /// Names of the standard library's methods (from `StandardLibrary`'s table).
    static var methodNames: Set<String> { StandardLibrary.methodNames }

    /// The static properties of `Int` and `Double` (from `StandardLibrary`'s table).
    static let intStaticNames = StandardLibrary.staticPropertyNames(.int)
    static let doubleStaticNames = StandardLibrary.staticPropertyNames(.double)

    /// `Int.max`, `Double.pi`, `Circuit.bell`, and (with `args`) static methods.
    func staticMember(_ t: QType, _ name: String, args: [Argument]?, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if name == "init", let args { return try checkInitializer(t, args, expected: expected, at: loc) }
        if let s = try standardStatic(t, name, args, at: loc) { return s }
        if let d = t.declaredType, let s = try declaredStaticMember(d, name, args: args, at: loc) { return s }
        if case .enumeration(let e) = t { return try enumStaticMember(e, name, args: args, at: loc) }
        if case .native(let id) = t, let desc = library.type(id) {
            if args == nil, let s = desc.statics[name] {
                return try callNative(s, nil, receiver: nil, at: loc, what: "\(id.name).\(name)")
            }
            if let args, let overloads = desc.staticOverloads[name] {
                return try callNativeOverloads(overloads, args, receiver: nil, at: loc, what: "\(id.name).\(name)", kind: .staticMethod)
            }
            if args == nil, desc.staticOverloads[name] != nil {
                throw error("method-as-value", "static method '\(name)' must be called: use '.\(name)(...)'", at: loc)
            }
        }
        throw error("no-member", "type '\(t)' has no member '\(name)'", at: loc)
    }

    /// `.z(0)`, `.pi`: a static member of the type the context expects.
    func checkImplicitMember(_ name: String, args: [Argument]?, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        guard let t = expected?.optionalWrappedOrSelf else {
            throw error("implicit-member-without-context", "cannot infer contextual base in reference to member '\(name)'", at: loc)
        }
        return try staticMember(t, name, args: args, expected: expected, at: loc)
    }
}
