/// Something that can be assigned to or mutated in place: a variable, an element, a field.
///
/// Reaching it takes two steps, as in Swift: first its path is evaluated (subscript indices and
/// dictionary keys, outer to inner, into scratch slots of the frame), then, after whatever the
/// statement evaluates in between (the right side of an assignment, a method's arguments), the
/// place is accessed through that path. So `a[i()] = v()` calls `i` before `v`.
struct Place {
    typealias Modify = (Frame, (inout Value) throws(Trap) -> Void) throws(Trap) -> Void
    typealias Path = (Frame) throws(Trap) -> Void
    var type: QType
    /// Evaluates the path; nil for a place without one (a variable, a field of a variable).
    var path: Path?
    /// Accesses the place through the path last evaluated in this frame.
    var access: Modify
    /// Set when the place is a variable (slot, box or global): where its value lives, for fast paths.
    var pointer: ((Frame) -> UnsafeMutablePointer<Value>)?
    /// Set where reading through `access` would do more than read (a setter or observers on
    /// the way): the value alone, through the path last evaluated.
    var read: ((Frame) throws(Trap) -> Value)?

    init(type: QType, path: Path? = nil, access: @escaping Modify, pointer: ((Frame) -> UnsafeMutablePointer<Value>)? = nil) {
        self.type = type
        self.path = path
        self.access = access
        self.pointer = pointer
    }

    /// The value at the place, without writing it back.
    var reader: (Frame) throws(Trap) -> Value {
        if let read { return read }
        let access = self.access
        return { fp throws(Trap) in
            var out = Value.void
            try access(fp) { (v: inout Value) throws(Trap) in out = v }
            return out
        }
    }

    /// The path, then the access: for callers that evaluate nothing in between.
    var modify: Modify {
        guard let path else { return access }
        let access = self.access
        return { fp, body throws(Trap) in
            try path(fp)
            try access(fp, body)
        }
    }

    /// This place's path followed by `more` (a nested place's own indices).
    func path(then more: @escaping Path) -> Path {
        guard let path else { return more }
        return { fp throws(Trap) in
            try path(fp)
            try more(fp)
        }
    }
}

extension Checker {
    enum Access: Equatable {
        case assign, subscriptAssign, property, mutatingMember(String), inoutArgument
    }

    func letError(_ name: String, _ access: Access, declaredAt: SourceLoc?, at loc: SourceLoc, isParam: Bool = false) -> CheckError {
        if name == "self" {
            let what = access == .assign ? "cannot assign to value" : access == .property ? "cannot assign to property"
                : access == .inoutArgument ? "cannot pass immutable value as inout argument" : "cannot use mutating member on immutable value"
            return error("let-assignment", "\(what): 'self' is immutable", at: loc,
                         notes: [.init(message: "mark the method 'mutating' to make 'self' mutable", at: loc)])
        }
        let message: String
        switch access {
        case .assign: message = "cannot assign to value: '\(name)' is a 'let' constant"
        case .subscriptAssign: message = "cannot assign through subscript: '\(name)' is a 'let' constant"
        case .property: message = "cannot assign to property: '\(name)' is a 'let' constant"
        case .mutatingMember: message = "cannot use mutating member on immutable value: '\(name)' is a 'let' constant"
        case .inoutArgument: message = "cannot pass immutable value as inout argument: '\(name)' is a 'let' constant"
        }
        var notes: [Diagnostic.Note] = []
        if let d = declaredAt, !isParam { notes.append(.init(message: "change 'let' to 'var' to make it mutable", at: d)) }
        return error("let-assignment", message, at: loc, notes: notes)
    }

    func place(_ e: Expr, _ access: Access) throws(CheckError) -> Place {
        if let p = placeOverrides[ObjectIdentifier(e)] { return p }
        switch e.kind {
        case .paren(let x):
            return try place(x, access)
        case .name(let n):
            if let member = implicitSelfMember(n, at: e.loc) ?? implicitStaticMember(n, at: e.loc) { return try place(member, access) }
            guard let b = lookup(n) else { throw error("undefined-name", "cannot find '\(n)' in scope", at: e.loc) }
            switch b {
            case .poisoned:
                throw CheckError.silent
            case .declaredType, .typeAlias:
                throw error("not-assignable", "cannot assign to value: '\(n)' is a type", at: e.loc)
            case .genericFunction:
                throw error("let-assignment", "cannot assign to value: '\(n)' is a function", at: e.loc)
            case .function, .overloaded:
                throw error("let-assignment", "cannot assign to value: '\(n)' is a function", at: e.loc)
            case .global(let g):
                if uninitialized.contains(ObjectIdentifier(g)) {
                    guard access == .assign else {
                        throw error("uninitialized", "\(g.isLet ? "constant" : "variable") '\(n)' passed by reference before being initialized", at: e.loc)
                    }
                    initializing.append(ObjectIdentifier(g))
                } else if g.isLet { throw letError(n, access, declaredAt: g.loc, at: e.loc) }
                let r = g.ref
                return Place(type: g.type, access: { _, body throws(Trap) in try body(&r.pointer.pointee) }, pointer: { _ in r.pointer })
            case .local(let v):
                if uninitialized.contains(ObjectIdentifier(v)) {
                    guard access == .assign else {
                        throw error("uninitialized", "\(v.isLet ? "constant" : "variable") '\(n)' passed by reference before being initialized", at: e.loc)
                    }
                    initializing.append(ObjectIdentifier(v))
                } else if v.isLet {
                    throw letError(n, access, declaredAt: v.loc, at: e.loc, isParam: isParameter(v))
                }
                if let st = initializerState(of: v) {
                    if access == .assign && !compoundAssigning {
                        if st.selfVar?.owner !== fn { throw unsupported("using 'self' in a closure or a nested function inside an initializer", at: e.loc) }
                        initializing += st.parts.map(\.id).filter(uninitialized.contains)
                    } else if !partialSelfRead {
                        try checkWholeSelf(st, at: e.loc)
                    }
                }
                let slot = v.owner === fn ? v.slot : fn.captureSlot(for: v)
                if v.boxed || v.owner !== fn {
                    return Place(type: v.type, access: { fp, body throws(Trap) in try body(&fp[slot].boxPointer.pointee) },
                                 pointer: { fp in fp[slot].boxPointer })
                }
                return Place(type: v.type, access: { fp, body throws(Trap) in try body(&fp[slot]) }, pointer: { fp in fp + slot })
            }
        case .subscriptCall(let base, let args):
            return try subscriptPlace(base, args, access, at: e.loc)
        case .tupleIndex(let base, let index):
            let p = try place(base, access.nested)
            guard case .tuple(let fields) = p.type, index < fields.count else {
                throw error("no-member", "value of type '\(p.type)' has no member '\(index)'", at: e.loc)
            }
            return tupleFieldPlace(p, index, fields[index].type)
        case .member(let base, let name, let nameLoc):
            if case .name("self") = base.kind, let st = currentInitializerSelf(), let s = st.type as? StructType, let i = s.fieldIndex(name) {
                // `self.x = v` in an initializer sets a part of `self`; anything else needs it set.
                if access == .assign && !compoundAssigning { try fieldAssignment(st, field: i, at: nameLoc) } else { try checkFieldRead(st, field: i, at: nameLoc) }
                partialSelfRead = true
                defer { partialSelfRead = false }
                let p = try place(base, access.nested)
                if s.fields[i].isLet && (access != .assign || compoundAssigning) {
                    throw letError(name, .property, declaredAt: s.fields[i].loc, at: nameLoc)
                }
                return tupleFieldPlace(p, i, s.fields[i].type)
            }
            if let t = declaredTypeNamed(by: base), let p = try staticPlace(t, name, access, at: nameLoc) { return p }
            let p = try place(base, access.nested)
            if case .tuple(let fields) = p.type, let i = fields.firstIndex(where: { $0.label == name }) {
                return tupleFieldPlace(p, i, fields[i].type)
            }
            if case .structure(let t) = p.type {
                if let i = t.fieldIndex(name) {
                    if t.fields[i].isLet {
                        throw letError(name, .property, declaredAt: t.fields[i].loc, at: nameLoc)
                    }
                    if t.fields[i].isObserved && !isOwnObserverStore(base, t, i) { return observedPlace(p, t, i, at: nameLoc) }
                    return tupleFieldPlace(p, i, t.fields[i].type)
                }
                if let setter = t.setters[name] { return setterPlace(p, t, name, setter, pureAssignment: access == .assign && !compoundAssigning, at: nameLoc) }
                if t.computed[name] != nil {
                    throw error("immutable-member", "cannot assign to property: '\(name)' is a get-only property", at: nameLoc)
                }
                throw error("no-member", "value of type '\(t.name)' has no member '\(name)'", at: nameLoc)
            }
            if case .enumeration(let e) = p.type, let setter = e.setters[name] {
                return setterPlace(p, e, name, setter, pureAssignment: access == .assign && !compoundAssigning, at: nameLoc)
            }
            if case .native(let id) = p.type, let prop = library.type(id)?.properties[name], let setter = prop.setter {
                let lib = library
                let parent = p.access
                return Place(type: prop.type, path: p.path, access: { fp, body throws(Trap) in
                    try parent(fp) { (v: inout Value) throws(Trap) in
                        var x: Value
                        do { x = try prop.getter(v) } catch { throw lib.trap(error, nameLoc) }
                        try body(&x)
                        do { try setter(&v, x) } catch { throw lib.trap(error, nameLoc) }
                    }
                })
            }
            throw error("immutable-member", "cannot assign to property: '\(name)' is a get-only property", at: nameLoc)
        case .forceUnwrap(let x):
            let p = try place(x, access)
            guard case .optional(let w) = p.type else {
                throw error("force-unwrap-non-optional", "cannot force unwrap value of non-optional type '\(p.type)'", at: e.loc)
            }
            let loc = e.loc
            let parent = p.access
            return Place(type: w, path: p.path, access: { fp, body throws(Trap) in
                try parent(fp) { (v: inout Value) throws(Trap) in
                    if case .none = v {
                        throw Trap(id: "unwrap-nil", message: "unexpectedly found nil while unwrapping an Optional value", loc: loc)
                    }
                    try body(&v)
                }
            })
        case .optionalChain:
            throw unsupported("changing a value through an optional chain of more than one step ('a?[i].f()', 'a?.b.c = x'); unwrap it first", at: e.loc)
        default:
            throw error("not-assignable", "cannot assign to this expression", at: e.loc)
        }
    }

    /// `t?.n = 5`, `d["a"]?.n += 1`, `d["a"]?["b"] = 2`: an assignment whose left side goes
    /// through one optional chain. The chain's base is evaluated first; when it is nil nothing
    /// else is (not even the right side), else the assignment changes the wrapped value in place.
    /// Nil when `l` has no chain.
    func throughOptionalChain(_ l: Expr, _ assign: (Expr) throws(CheckError) -> ValueCode) throws(CheckError) -> ValueCode? {
        // The left side rebuilt with a stand-in for `inner?`, and `inner`.
        let standIn = Expr(.name("$chain"), l.loc)
        func rebuild(_ e: Expr) -> (Expr, Expr)? {
            switch e.kind {
            case .optionalChain(let inner): return (standIn, inner)
            case .paren(let x): return rebuild(x)
            case .member(let b, let name, let nameLoc):
                return rebuild(b).map { (Expr(.member($0.0, name, nameLoc: nameLoc), e.loc), $0.1) }
            case .subscriptCall(let b, let args):
                return rebuild(b).map { (Expr(.subscriptCall($0.0, args), e.loc), $0.1) }
            case .tupleIndex(let b, let i):
                return rebuild(b).map { (Expr(.tupleIndex($0.0, i), e.loc), $0.1) }
            default: return nil
            }
        }
        guard let (rebuilt, inner) = rebuild(l) else { return nil }
        let p = try place(inner, .mutatingMember("="))
        guard case .optional(let w) = p.type else {
            throw error("chain-non-optional", "cannot use optional chaining on non-optional value of type '\(p.type)'", at: inner.loc)
        }
        let outer = p.access
        placeOverrides[ObjectIdentifier(standIn)] = Place(type: w, access: { fp, body throws(Trap) in
            try outer(fp) { (v: inout Value) throws(Trap) in try body(&v) }
        })
        defer { placeOverrides[ObjectIdentifier(standIn)] = nil }
        let code = try assign(rebuilt)
        return { fp throws(Trap) in
            try p.path?(fp)
            var isNil = false
            try outer(fp) { (v: inout Value) throws(Trap) in isNil = v.isNone }
            if isNil { return .void }
            return try code(fp)
        }
    }

    private func isParameter(_ v: LocalVar) -> Bool {
        if case .local(let p)? = v.owner.scopes.first?[v.name] { return p === v }
        return false
    }

    func tupleFieldPlace(_ p: Place, _ index: Int, _ type: QType) -> Place {
        let parent = p.access
        var field = Place(type: type, path: p.path, access: { fp, body throws(Trap) in
            try parent(fp) { (v: inout Value) throws(Trap) in
                var items = v.tuple
                v = .void
                defer { v = .tuple(items) }
                try body(&items[index])
            }
        })
        if let read = p.read { field.read = { fp throws(Trap) in try read(fp).tuple[index] } }
        return field
    }

    func checkAssign(_ l: Expr, _ r: Expr, at loc: SourceLoc) throws(CheckError) -> ValueCode {
        if let chained = try throughOptionalChain(l, { (place) throws(CheckError) in try checkAssign(place, r, at: loc) }) { return chained }
        if case .discard = l.kind {
            let f = try check(r).code.value
            return { fp throws(Trap) in _ = try f(fp); return .void }
        }
        if case .tuple(let parts) = l.kind {
            // `(a, b) = (b, a)`: the right side is evaluated whole, then stored part by part.
            var places: [Place?] = []
            var fields: [QType.TupleField] = []
            for part in parts {
                if case .discard = part.value.kind {
                    places.append(nil)
                    fields.append(.init(label: part.label, type: try check(r).type))
                    throw unsupported("'_' inside tuple assignments", at: part.value.loc)
                }
                let p = try place(part.value, .assign)
                places.append(p)
                fields.append(.init(label: part.label, type: p.type))
            }
            let f = try check(r, as: .tuple(fields), context: .assignment).code.value
            let all = places
            return { fp throws(Trap) in
                for p in all { try p?.path?(fp) }
                let items = try f(fp).tuple
                for (i, p) in all.enumerated() {
                    if let p { try p.access(fp) { (x: inout Value) throws(Trap) in x = items[i] } }
                }
                return .void
            }
        }
        initializing = []
        let p = try place(l, .assign)
        let rhs = try check(r, as: p.type, context: .assignment).code
        let f = rhs.value
        for id in initializing { uninitialized.remove(id) }
        initializing = []
        if let ptr = p.pointer {
            switch rhs {
            case .int(let g):
                return { fp throws(Trap) in
                    let v = try g(fp)
                    ptr(fp).pointee = .int(v)
                    return .void
                }
            case .double(let g):
                return { fp throws(Trap) in
                    let v = try g(fp)
                    ptr(fp).pointee = .double(v)
                    return .void
                }
            default: break
            }
            return { fp throws(Trap) in
                let v = try f(fp)
                ptr(fp).pointee = v
                return .void
            }
        }
        let path = p.path, access = p.access
        return { fp throws(Trap) in
            try path?(fp)
            let v = try f(fp)
            try access(fp) { (x: inout Value) throws(Trap) in x = v }
            return .void
        }
    }

    func checkCompoundAssign(_ op: String, _ l: Expr, _ r: Expr, at loc: SourceLoc) throws(CheckError) -> ValueCode {
        if let chained = try throughOptionalChain(l, { (place) throws(CheckError) in try checkCompoundAssign(op, place, r, at: loc) }) { return chained }
        let m = self.m
        if case .name(let n) = l.kind, let b = lookup(n), let id = bindingID(b), uninitialized.contains(id) {
            throw error("uninitialized", "variable '\(n)' passed by reference before being initialized", at: l.loc)
        }
        compoundAssigning = true
        let p: Place
        do { p = try place(l, .assign) } catch {
            compoundAssigning = false
            throw error
        }
        compoundAssigning = false
        let path = p.path, access = p.access
        if p.type.isOtherNumber, let c = try otherNumberCompound(op, p, r, name: l.description, at: loc) { return c }
        switch p.type {
        case .int:
            let rhs = try check(r, as: .int, context: .argument).code.int
            guard let combine = Arithmetic.intCombine(op, loc) else { break }
            if let ptr = p.pointer {
                return { fp throws(Trap) in
                    let y = try rhs(fp)
                    let slot = ptr(fp)
                    guard case .int(let x) = slot.pointee else { throw uninitializedTrap(l.description, loc) }
                    slot.pointee = .int(try combine(x, y))
                    return .void
                }
            }
            return { fp throws(Trap) in
                try path?(fp)
                let y = try rhs(fp)
                try access(fp) { (v: inout Value) throws(Trap) in v = .int(try combine(v.int, y)) }
                return .void
            }
        case .double:
            if op == "%" { throw error("no-operator", "'%' is unavailable: For floating point numbers use truncatingRemainder instead", at: loc) }
            let rhs = try check(r, as: .double, context: .argument).code.double
            guard let combine = Arithmetic.doubleCombine(op) else { break }
            if let ptr = p.pointer {
                return { fp throws(Trap) in
                    let y = try rhs(fp)
                    let slot = ptr(fp)
                    guard case .double(let x) = slot.pointee else { throw uninitializedTrap(l.description, loc) }
                    slot.pointee = .double(combine(x, y))
                    return .void
                }
            }
            return { fp throws(Trap) in
                try path?(fp)
                let y = try rhs(fp)
                try access(fp) { (v: inout Value) throws(Trap) in v = .double(combine(v.double, y)) }
                return .void
            }
        case .string where op == "+":
            let rhs = try check(r, as: .string, context: .argument).code.value
            if let ptr = p.pointer {
                return { fp throws(Trap) in
                    let y = try rhs(fp).string
                    let slot = ptr(fp)
                    guard case .string(var s) = slot.pointee else { throw uninitializedTrap(l.description, loc) }
                    slot.pointee = .void
                    try growthCheck(s.utf8.count &+ y.utf8.count, 1, m, loc)
                    s += y
                    slot.pointee = .string(s)
                    return .void
                }
            }
            return { fp throws(Trap) in
                try path?(fp)
                let y = try rhs(fp).string
                try access(fp) { (v: inout Value) throws(Trap) in
                    guard case .string(var s) = v else { throw uninitializedTrap(l.description, loc) }
                    v = .void
                    try growthCheck(s.utf8.count &+ y.utf8.count, 1, m, loc)
                    s += y
                    v = .string(s)
                }
                return .void
            }
        case .array(let e) where op == "+":
            // `a += b` takes any sequence of the elements (a slice, a range), as Swift's does.
            let given = try check(r, expected: p.type)
            let rhs: ValueCode
            if given.type != p.type, given.type.elementType == e, given.type.optionalWrapped == nil {
                rhs = sequenceCode(given, at: r.loc)
            } else {
                rhs = try convert(given, to: p.type, context: .argument, at: r.loc).code.value
            }
            return { fp throws(Trap) in
                try path?(fp)
                let y = try rhs(fp).array
                try access(fp) { (v: inout Value) throws(Trap) in
                    guard case .array(var a) = v else { throw uninitializedTrap(l.description, loc) }
                    v = .void
                    try growthCheck(a.count &+ y.count, MemoryLayout<Value>.stride, m, loc)
                    a += y
                    v = .array(a)
                }
                return .void
            }
        default:
            break
        }
        let rt = try check(r, expected: p.type)
        throw error("no-operator", "binary operator '\(op)=' cannot be applied to operands of type '\(p.type)' and '\(rt.type)'", at: loc)
    }
}

extension Checker.Access {
    /// The access made to the base of a member or element being assigned.
    var nested: Checker.Access {
        switch self {
        case .assign, .property: .property
        case .inoutArgument: .inoutArgument
        case .subscriptAssign: .subscriptAssign
        case .mutatingMember(let n): .mutatingMember(n)
        }
    }
}
