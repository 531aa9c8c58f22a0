/// Static members of a cell's structs and enums: stored type properties (`static let`,
/// `static var`, initialised on first use, as Swift initialises them lazily and once), static
/// computed properties and static methods. `T.name` and `Self.name` reach them anywhere;
/// inside a static method an unqualified name reaches the type's other static members.
extension Checker {
    /// Declares a type's static methods, static computed properties and the stored static
    /// properties whose type is written: before its other members, whose default arguments
    /// may use them. Returned with the type's methods, to compile at the end of the cell.
    /// `cases` are an enum's case names (static members too).
    func declareStaticSignatures(_ members: TypeMemberDecls, of t: DeclaredType, cases: Set<String> = []) throws(CheckError) -> [(FunctionDecl, FunctionSignature, DeclaredType)] {
        var seen = cases
        func claim(_ name: String, at loc: SourceLoc) throws(CheckError) {
            if name == "allCases", let e = t as? EnumType, e.isCaseIterable {
                throw unsupported("declaring 'allCases' beside the synthesised one", at: loc)
            }
            guard seen.insert(name).inserted else { throw error("redeclaration", "invalid redeclaration of '\(name)'", at: loc) }
        }
        for p in members.staticProperties { try claim(p.name, at: p.loc) }
        var functions: [(FunctionDecl, FunctionSignature, DeclaredType)] = []
        for p in members.staticProperties {
            // The initial value is a function of no arguments, run on the first access; with its
            // type written it is compiled with the methods (so it may call the cell's functions).
            guard let repr = p.type else { continue }
            let name = "\(t.name).\(p.name)"
            let decl = FunctionDecl(name: name, params: [], returnType: repr, body: [Stmt(.returnStmt(p.value), p.value.loc)],
                                    loc: p.loc, endLoc: p.loc)
            let sig = try declareFunction(decl)
            guard case .global(let g) = sig.storage else { unreachableCase() }
            let ref = g.ref
            t.staticProperties[p.name] = StaticStorage(make: { _ in ref.pointer.pointee }, type: sig.result, isLet: p.isLet,
                                                       name: name, loc: p.loc, initializer: sig)
            functions.append((decl, sig, t))
        }
        // A static whose type is not written is declared now if its initial value checks
        // without the type's other members (`static let size = 4`, which a default argument may
        // use); else after them (`declareUntypedStatics`).
        for p in members.staticProperties where p.type == nil {
            let name = "\(t.name).\(p.name)"
            if let trial = attempt({ () throws(CheckError) in
                try compileBody(name: name, params: [], result: nil, body: [Stmt(.returnStmt(p.value), p.value.loc)],
                                singleExpressionReturn: false, at: p.loc, end: p.loc, staticOf: t)
            }) {
                t.staticProperties[p.name] = StaticStorage(make: trial.value.make, type: trial.value.result, isLet: p.isLet, name: name, loc: p.loc)
            }
        }
        for c in members.staticComputed {
            try claim(c.name, at: c.loc)
            let decl = FunctionDecl(name: "\(t.name).\(c.name)", params: [], returnType: c.type, body: c.body, loc: c.loc, endLoc: c.endLoc)
            let sig = try declareFunction(decl)
            t.staticComputed[c.name] = sig
            functions.append((decl, sig, t))
        }
        for m in members.staticMethods {
            let labels = m.decl.params.map(\.label)
            if seen.contains(m.decl.name) && t.staticMethods[m.decl.name] == nil {
                throw error("redeclaration", "invalid redeclaration of '\(m.decl.name)'", at: m.decl.loc)
            }
            if t.staticMethods[m.decl.name]?.contains(where: { $0.labels == labels }) == true {
                throw error("redeclaration", "invalid redeclaration of '\(m.decl.name)(\(labels.map { ($0 ?? "_") + ":" }.joined()))'", at: m.decl.loc)
            }
            seen.insert(m.decl.name)
            var decl = m.decl
            decl.name = "\(t.name).\(m.decl.name)"
            let sig = try declareFunction(decl)
            t.staticMethods[m.decl.name, default: []].append(sig)
            functions.append((decl, sig, t))
        }
        return functions
    }

    /// The stored static properties whose type is not written: their initial value is checked
    /// now, for its type (after the type's other members, which it may use).
    func declareUntypedStatics(_ members: TypeMemberDecls, of t: DeclaredType) throws(CheckError) {
        for p in members.staticProperties where p.type == nil && t.staticProperties[p.name] == nil {
            let name = "\(t.name).\(p.name)"
            let made = try compileBody(name: name, params: [], result: nil, body: [Stmt(.returnStmt(p.value), p.value.loc)],
                                       singleExpressionReturn: false, at: p.loc, end: p.loc, staticOf: t)
            t.staticProperties[p.name] = StaticStorage(make: made.make, type: made.result, isLet: p.isLet, name: name, loc: p.loc)
        }
    }

    /// Whether `sig` is one of `t`'s static methods or computed properties (compiled with the
    /// type's static members in reach).
    func isStatic(_ sig: FunctionSignature, of t: DeclaredType) -> Bool {
        t.staticComputed.values.contains { $0 === sig } || t.staticMethods.values.contains { $0.contains { $0 === sig } }
            || t.staticProperties.values.contains { $0.initializer === sig }
    }

    /// `T.name` or `T.name(args)` for a declared type's static member; nil when `name` is not one.
    func declaredStaticMember(_ t: DeclaredType, _ name: String, args: [Argument]?, at loc: SourceLoc) throws(CheckError) -> Typed? {
        if let s = t.staticProperties[name] {
            let value = Typed(s.type, .make(s.type) { fp throws(Trap) in try s.read(fp, self.m) })
            return try args.map { (a) throws(CheckError) in try callValue(value, a, at: loc, name: name) } ?? value
        }
        if let sig = t.staticComputed[name] {
            let value = try callUserFunction(sig, [], at: loc)
            return try args.map { (a) throws(CheckError) in try callValue(value, a, at: loc, name: name) } ?? value
        }
        if let overloads = t.staticMethods[name] {
            guard let args else { throw unsupported("using a static method as a value; call it", at: loc) }
            let sig = overload(for: args, among: overloads, at: loc) ?? overloads[0]
            return try callUserFunction(sig, args, at: loc)
        }
        return nil
    }

    /// `T.name = v` (and `+=`, mutating methods) for a `static var`.
    func staticPlace(_ t: DeclaredType, _ name: String, _ access: Access, at loc: SourceLoc) throws(CheckError) -> Place? {
        guard let s = t.staticProperties[name] else {
            if t.staticComputed[name] != nil {
                throw error("immutable-member", "cannot assign to property: '\(name)' is a get-only property", at: loc)
            }
            return nil
        }
        if s.isLet { throw letError(name, .property, declaredAt: s.loc, at: loc) }
        let m = self.m, ref = s.ref
        return Place(type: s.type, path: { fp throws(Trap) in _ = try s.read(fp, m) },
                     access: { _, body throws(Trap) in try body(&ref.pointer.pointee) }, pointer: nil)
    }

    /// The declared type an expression names (`T`, `Self`), when it names one.
    func declaredTypeNamed(by e: Expr) -> DeclaredType? {
        let name: String
        switch e.kind {
        case .name(let n), .typeExpr(.named(let n, _)): name = n
        default: return nil
        }
        if name == "Self" { return enclosingDeclaredType() }
        if case .declaredType(let t)? = lookup(name) { return t }
        return nil
    }

    /// The struct or enum whose method, initializer or static member is being checked.
    func enclosingDeclaredType() -> DeclaredType? {
        var ctx: FunctionContext? = fn
        while let c = ctx {
            if let t = c.selfType ?? c.staticOf { return t }
            ctx = c.parent
        }
        return nil
    }

    /// Inside a static method: an unqualified name that means one of the type's static
    /// members (after the method's own locals), as `T.name`.
    func implicitStaticMember(_ name: String, at loc: SourceLoc) -> Expr? {
        var ctx: FunctionContext? = fn
        while let c = ctx {
            if c.lookupHere(name) != nil { return nil }
            if c.selfType != nil { return nil }
            if let t = c.staticOf {
                let has = t.staticProperties[name] != nil || t.staticComputed[name] != nil || t.staticMethods[name] != nil
                return has ? Expr(.member(Expr(.typeExpr(.named(t.name, loc)), loc), name, nameLoc: loc), loc) : nil
            }
            ctx = c.parent
        }
        return nil
    }
}

/// A stored type property: its value, made by its initial value's code on first access.
final class StaticStorage {
    let make: ValueCode
    let type: QType
    let isLet: Bool
    let name: String
    let loc: SourceLoc
    /// The function computing the initial value, when it is compiled with the methods.
    let initializer: FunctionSignature?
    let ref = Ref()
    private var state = State.unset

    private enum State { case unset, initializing, set }

    init(make: @escaping ValueCode, type: QType, isLet: Bool, name: String, loc: SourceLoc, initializer: FunctionSignature? = nil) {
        self.make = make
        self.initializer = initializer
        self.type = type
        self.isLet = isLet
        self.name = name
        self.loc = loc
    }

    func read(_ fp: Frame, _ m: UnsafeMutablePointer<MachineState>) throws(Trap) -> Value {
        switch state {
        case .set: return ref.pointer.pointee
        case .initializing:
            // Swift's lazy initialisation of a global deadlocks here; a clear stop instead.
            throw Trap(id: "static-recursion", message: "the initial value of '\(name)' uses '\(name)' itself", loc: loc)
        case .unset:
            state = .initializing
            do {
                let f = try make(fp).function
                ref.pointer.pointee = try Invoke.call(f, [], m, loc)
                state = .set
            } catch {
                state = .unset
                throw error
            }
            return ref.pointer.pointee
        }
    }
}
