/// Setters of computed properties and observers of stored ones (`willSet`, `didSet`) on a
/// cell's structs (setters on enums too). Each is a mutating function of `self` and a value,
/// declared with the type's methods; a place through such a property calls them as Swift
/// does: `p.f = v` the setter alone, `p.f += 1` and mutations through it the getter, then the
/// setter; setting an observed property (outside the type's initializers, and outside its own
/// observers) calls `willSet` with the new value, stores it, then `didSet` with the old one.
extension Checker {
    /// Declares the setters of `computed` and the observers of `fields`.
    func declareAccessors(_ computed: [ComputedPropertyDecl], _ fields: [StructDecl.Field], of t: DeclaredType) throws(CheckError) -> [(FunctionDecl, FunctionSignature, DeclaredType)] {
        var functions: [(FunctionDecl, FunctionSignature, DeclaredType)] = []
        func declare(_ kind: String, _ property: String, _ a: Accessor, _ type: TypeRepr) throws(CheckError) -> FunctionSignature {
            let selfParam = Param(label: nil, name: "self", type: .named(t.name, a.loc), defaultValue: nil, loc: a.loc, isInout: true)
            let value = Param(label: nil, name: a.parameter, type: type, defaultValue: nil, loc: a.loc)
            let decl = FunctionDecl(name: "\(t.name).\(property).\(kind)", params: [selfParam, value], returnType: nil,
                                    body: a.body, loc: a.loc, endLoc: a.endLoc)
            let sig = try declareFunction(decl)
            t.mutatingMethods.insert(ObjectIdentifier(sig))
            functions.append((decl, sig, t))
            return sig
        }
        for c in computed {
            if let setter = c.setter { t.setters[c.name] = try declare("set", c.name, setter, c.type) }
        }
        guard let s = t as? StructType else { return functions }
        for (i, f) in fields.enumerated() where f.willSet != nil || f.didSet != nil {
            guard let type = f.type ?? s.fields[i].type.repr(at: f.loc) else {
                throw unsupported("observers of a property whose type is not written (write its type)", at: f.loc)
            }
            if let w = f.willSet {
                let sig = try declare("willSet", f.name, w, type)
                s.fields[i].willSetObserver = sig
                t.observers[ObjectIdentifier(sig)] = i
            }
            if let d = f.didSet {
                let sig = try declare("didSet", f.name, d, type)
                s.fields[i].didSetObserver = sig
                t.observers[ObjectIdentifier(sig)] = i
            }
        }
        return functions
    }

    /// `self.x = v` inside `x`'s own observer: a plain store, as Swift makes it.
    func isOwnObserverStore(_ base: Expr, _ t: StructType, _ field: Int) -> Bool {
        guard case .name("self") = base.kind else { return false }
        var ctx: FunctionContext? = fn
        while let c = ctx {
            if c.lookupHere("self") != nil { return c.selfType === t && c.observedField == field }
            ctx = c.parent
        }
        return false
    }

    /// A stored property with observers, reached through `p` (its struct).
    func observedPlace(_ p: Place, _ t: StructType, _ i: Int, at loc: SourceLoc) -> Place {
        let will = t.fields[i].willSetObserver?.handle, did = t.fields[i].didSetObserver?.handle
        let parent = p.access, parentRead = p.reader, m = self.m
        var place = Place(type: t.fields[i].type, path: p.path, access: { fp, body throws(Trap) in
            try parent(fp) { (s: inout Value) throws(Trap) in
                let old = s.tuple[i]
                var x = old
                try body(&x)
                if let will { s = try Invoke.call(will, [s, x], m, loc).tuple[1] }
                var items = s.tuple
                s = .void
                items[i] = x
                s = .tuple(items)
                if let did { s = try Invoke.call(did, [s, old], m, loc).tuple[1] }
            }
        })
        place.read = { fp throws(Trap) in try parentRead(fp).tuple[i] }
        return place
    }

    /// A computed property with a setter, reached through `p`.
    func setterPlace(_ p: Place, _ t: DeclaredType, _ name: String, _ setter: FunctionSignature, pureAssignment: Bool, at loc: SourceLoc) -> Place {
        guard let set = setter.handle, let getter = t.computed[name], let get = getter.handle else { unreachableCase() }
        let parent = p.access, parentRead = p.reader, m = self.m
        var place = Place(type: getter.result, path: p.path, access: { fp, body throws(Trap) in
            try parent(fp) { (s: inout Value) throws(Trap) in
                var x = pureAssignment ? Value.void : try Invoke.call1(get, s, m, loc)
                try body(&x)
                s = try Invoke.call(set, [s, x], m, loc).tuple[1]
            }
        })
        place.read = { fp throws(Trap) in try Invoke.call1(get, try parentRead(fp), m, loc) }
        return place
    }
}

extension QType {
    /// The type as written, for a declaration made from an inferred type; nil where the
    /// subset cannot write it.
    func repr(at loc: SourceLoc) -> TypeRepr? {
        switch self {
        case .int: .named("Int", loc)
        case .double: .named("Double", loc)
        case .bool: .named("Bool", loc)
        case .string: .named("String", loc)
        case .character: .named("Character", loc)
        case .float: .named("Float", loc)
        case .fixedWidth(let k): .named(k.rawValue, loc)
        case .structure(let s): .named(s.name, loc)
        case .enumeration(let e): .named(e.name, loc)
        case .array(let e): e.repr(at: loc).map { .array($0) }
        case .optional(let w): w.repr(at: loc).map { .optional($0) }
        case .dictionary(let k, let v):
            if let k = k.repr(at: loc), let v = v.repr(at: loc) { .dictionary(k, v) } else { nil }
        default: nil
        }
    }
}
