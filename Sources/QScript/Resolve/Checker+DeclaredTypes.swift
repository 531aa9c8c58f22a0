/// What a cell's structs and enums share: declaring them (names first, so the types of one cell
/// may refer to each other in any order), their methods and get-only computed properties as
/// functions of `self` (`inout` for a `mutating` method, with copy-in copy-out as Swift's
/// semantics are), `self` reached implicitly from a method's body, method calls, and
/// `CustomStringConvertible`.
extension Checker {
    /// Declares every top-level struct and enum of the cell (names first, so they may refer to
    /// each other in any order), then their members and methods' signatures. Returns the
    /// methods, to compile with the cell's functions.
    func declareTypes(_ stmts: [Stmt]) -> [(FunctionDecl, FunctionSignature, DeclaredType)] {
        functionsDeclaredLater = Set(stmts.compactMap { if case .function(let f) = $0.kind { f.name } else { nil } })
        defer { functionsDeclaredLater = [] }
        var structs: [(StructDecl, StructType)] = []
        var enums: [(EnumDecl, EnumType)] = []
        for s in stmts {
            let name: String, loc: SourceLoc
            switch s.kind {
            case .structDecl(let d): (name, loc) = (d.name, d.loc)
            case .enumDecl(let d): (name, loc) = (d.name, d.loc)
            default: continue
            }
            do throws(CheckError) {
                try checkRedeclaration(name, at: loc)
                if ["Int", "Double", "Bool", "String", "Character", "Array", "Dictionary", "Optional"].contains(name) {
                    throw unsupported("a type named like a type of the standard library ('\(name)')", at: loc)
                }
                switch s.kind {
                case .structDecl(let d):
                    let t = StructType(name: name, loc: loc)
                    globals.declare(name, .declaredType(t))
                    structs.append((d, t))
                case .enumDecl(let d):
                    let t = EnumType(name: name, loc: loc)
                    globals.declare(name, .declaredType(t))
                    enums.append((d, t))
                default: break
                }
            } catch {
                report(error)
                poison([name])
            }
        }
        var methods: [(FunctionDecl, FunctionSignature, DeclaredType)] = []
        // Enums' cases first: a struct's synthesised conformances depend on its fields' types.
        for (d, t) in enums {
            do throws(CheckError) {
                methods += try declareEnum(d, t)
            } catch {
                report(error)
                globals.declare(d.name, .poisoned)
            }
        }
        for (d, t) in structs {
            do throws(CheckError) {
                methods += try declareMembers(d, t)
            } catch {
                report(error)
                globals.declare(d.name, .poisoned)
            }
        }
        return methods
    }

    /// Swift's "cannot find" error, or, for a function of the cell used where types are
    /// declared (before its functions), the reason it cannot be reached there.
    func undefinedName(_ n: String, at loc: SourceLoc) -> CheckError {
        if functionsDeclaredLater.contains(n) {
            return unsupported("calling '\(n)', a function of the same cell, in a stored property's default value or an untyped static property's initial value (declare the function in an earlier cell, or give the static property its type)", at: loc)
        }
        return error("undefined-name", "cannot find '\(n)' in scope", at: loc)
    }

    /// `CustomStringConvertible`: the type's `description` (a `String` computed property) is
    /// what printing shows; without one, swiftc's error.
    func adoptDescription(_ t: DeclaredType, at loc: SourceLoc) throws(CheckError) {
        guard let sig = t.computed["description"], sig.result == .string, let handle = sig.handle else {
            throw error("not-conforming", "type '\(t.name)' does not conform to protocol 'CustomStringConvertible'", at: t.loc,
                        notes: [.init(message: "protocol requires property 'description' with type 'String'", at: loc)])
        }
        let m = self.m
        // A description nested in a description (`"\(self)"` recurses for ever, as in Swift)
        // goes through much more of the native stack per level than a plain call: each level
        // is charged as many calls, so the recursion limit stops it before the stack ends.
        let charge = 50
        t.describer = { v throws(Trap) in
            if m.pointee.depthLeft <= charge { throw Invoke.recursionTrap(m, loc) }
            m.pointee.depthLeft -= charge
            defer { m.pointee.depthLeft += charge }
            return try Invoke.call1(handle, v, m, loc).string
        }
    }

    /// Declares a type's computed properties and methods as functions whose first parameter is
    /// `self`; `seen` holds the names its stored properties or cases took.
    func declareMethods(_ computed: [ComputedPropertyDecl], _ methods: [MethodDecl], of t: DeclaredType,
                        seen: Set<String>) throws(CheckError) -> [(FunctionDecl, FunctionSignature, DeclaredType)] {
        var seen = seen
        var functions: [(FunctionDecl, FunctionSignature, DeclaredType)] = []
        let selfParam = { (loc: SourceLoc, isInout: Bool) in
            Param(label: nil, name: "self", type: .named(t.name, loc), defaultValue: nil, loc: loc, isInout: isInout)
        }
        for c in computed {
            guard seen.insert(c.name).inserted else { throw error("redeclaration", "invalid redeclaration of '\(c.name)'", at: c.loc) }
            let decl = FunctionDecl(name: "\(t.name).\(c.name)", params: [selfParam(c.loc, false)], returnType: c.type,
                                    body: c.body, loc: c.loc, endLoc: c.endLoc)
            let sig = try declareFunction(decl)
            t.computed[c.name] = sig
            functions.append((decl, sig, t))
        }
        for m in methods {
            if seen.contains(m.decl.name) && t.methods[m.decl.name] == nil {
                throw error("redeclaration", "invalid redeclaration of '\(m.decl.name)'", at: m.decl.loc)
            }
            let labels = m.decl.params.map(\.label)
            if t.methods[m.decl.name]?.contains(where: { Array($0.labels.dropFirst()) == labels }) == true {
                throw error("redeclaration", "invalid redeclaration of '\(m.decl.name)(\(labels.map { ($0 ?? "_") + ":" }.joined()))'", at: m.decl.loc)
            }
            seen.insert(m.decl.name)
            // Overloads share one hidden name per label list, so `declareFunction` keeps them apart.
            var decl = m.decl
            decl.name = "\(t.name).\(m.decl.name)"
            decl.params = [selfParam(m.decl.loc, m.isMutating)] + decl.params
            let sig = try declareFunction(decl)
            t.methods[m.decl.name, default: []].append(sig)
            if m.isMutating { t.mutatingMethods.insert(ObjectIdentifier(sig)) }
            functions.append((decl, sig, t))
        }
        return functions
    }

    // MARK: - self

    /// When `name`, unqualified, means a member of `self` (inside a method whose locals do not
    /// hide it): `self.name`.
    func implicitSelfMember(_ name: String, at loc: SourceLoc) -> Expr? {
        var ctx: FunctionContext? = fn
        while let c = ctx {
            if c.lookupHere(name) != nil { return nil }
            if let t = c.selfType {
                return t.hasMember(name) ? Expr(.member(Expr(.name("self"), loc), name, nameLoc: loc), loc) : nil
            }
            ctx = c.parent
        }
        return nil
    }

    /// `value.name(args)` for a struct's or an enum's method; `base` is the expression, needed
    /// as a place when the method is `mutating` (nil through an optional chain).
    func declaredTypeMethod(_ b: Typed, _ t: DeclaredType, _ name: String, _ args: [Argument], base: Expr?, at loc: SourceLoc) throws(CheckError) -> Typed? {
        guard let overloads = t.methods[name] else {
            if let s = t as? StructType, s.fieldIndex(name) != nil || s.computed[name] != nil {
                // A stored closure called as `value.f(x)`.
                guard let property = try structProperty(b, s, name, at: loc) else { return nil }
                return try callValue(property, args, at: loc, name: name)
            }
            if let e = t as? EnumType, e.computed[name] != nil {
                return try callValue(try callMethod(e.computed[name]!, on: b, [], at: loc), args, at: loc, name: name)
            }
            return nil
        }
        let sig = overload(for: args, among: overloads, skippingSelf: true, at: loc) ?? overloads[0]
        guard t.isMutating(sig) else { return try callMethod(sig, on: b, args, at: loc) }
        guard let base else { throw unsupported("calling a mutating method through optional chaining", at: loc) }
        // Checked as a place first, for Swift's message when the value is a constant.
        _ = try place(base, .mutatingMember(name))
        let selfArgument = Argument(label: nil, value: Expr(.inoutArgument(base), base.loc), loc: base.loc)
        let all = [selfArgument] + args
        let match = try matchArguments(args, labels: Array(sig.labels.dropFirst()), hasDefault: sig.defaults.dropFirst().map { $0 != nil },
                                       fullName: methodName(sig, name), at: loc)
        return try callWithInout(sig, all, [0] + match.map { $0.map { $0 + 1 } }, at: loc)
    }

    /// Calls a non-mutating method (or a computed property's getter) with `self` = `b`.
    func callMethod(_ sig: FunctionSignature, on b: Typed, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let match = try matchArguments(args, labels: Array(sig.labels.dropFirst()), hasDefault: sig.defaults.dropFirst().map { $0 != nil },
                                       fullName: methodName(sig, nil), at: loc)
        var codes: [Operand] = [Operand(b)]
        for (i, slot) in match.enumerated() {
            let p = i + 1
            if let slot {
                if case .inoutArgument = args[slot].value.kind {
                    if sig.inoutParams[p] { throw unsupported("'inout' parameters of methods", at: args[slot].value.loc) }
                    throw error("inout-misuse", "'&' used with non-inout argument of type '\(sig.paramTypes[p])'", at: args[slot].value.loc)
                }
                codes.append(Operand(try check(args[slot].value, as: sig.paramTypes[p], context: .argument)))
            } else {
                let d = sig.defaults[p]!
                codes.append(Operand(Typed(d.type, d.code, constant: d.constant)))
            }
        }
        if sig.inoutParams.dropFirst().contains(true) { throw unsupported("'inout' parameters of methods", at: loc) }
        let callee = try self.callee(of: sig, at: loc)
        return Typed(sig.result, Invoke.compile(callee, codes, result: sig.result, m, loc))
    }

    private func methodName(_ sig: FunctionSignature, _ name: String?) -> String {
        let base = name ?? String(sig.name.split(separator: ".").last ?? "")
        return base + "(" + sig.labels.dropFirst().map { ($0 ?? "_") + ":" }.joined() + ")"
    }
}

extension QType {
    /// Whether a value of this type holds a `t` inline (not through an array or a dictionary,
    /// which store their elements elsewhere).
    func contains(inline t: DeclaredType) -> Bool {
        switch self {
        case .structure(let s): s === t || s.fields.contains { $0.type.contains(inline: t) }
        case .enumeration(let e): e === t || e.cases.contains { $0.payload?.contains { $0.type.contains(inline: t) } == true }
        case .optional(let w): w.contains(inline: t)
        case .tuple(let fs): fs.contains { $0.type.contains(inline: t) }
        default: false
        }
    }
}
