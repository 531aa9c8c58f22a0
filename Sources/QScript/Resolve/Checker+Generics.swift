/// Generic functions of a cell (see `GenericFunction`): declared with archetypes for their
/// parameters, their bodies checked once against the archetypes, and a copy compiled for each
/// set of argument types a call infers (Swift's inference from the arguments, then from the
/// expected result; literals and closures take the types the other arguments fixed).
struct Instantiation {
    struct Key: Hashable {
        let generic: ObjectIdentifier
        let types: [QType]
    }

    let generic: GenericFunction
    let types: [QType]
    let sig: FunctionSignature
}

extension Checker {
    static let maxCopiesPerGeneric = 64

    func declareGeneric(_ decl: FunctionDecl) throws(CheckError) -> GenericFunction {
        guard atCellTopLevel else { throw unsupported("generic functions inside functions, methods or blocks", at: decl.loc) }
        try checkRedeclaration(decl.name, at: decl.loc)
        var archetypes: [EnumType] = []
        var seen = Set<String>()
        for p in decl.genericParams {
            guard seen.insert(p.name).inserted else { throw error("redeclaration", "invalid redeclaration of '\(p.name)'", at: p.loc) }
            let a = EnumType(name: p.name, loc: p.loc)
            a.isArchetype = true
            for c in p.constraints {
                switch c.name {
                case "Equatable":
                    a.isEquatable = true
                case "Hashable":
                    a.isEquatable = true
                    a.isHashable = true
                case "Comparable":
                    a.isEquatable = true
                    a.isComparable = true
                default:
                    throw unsupported("the constraint '\(c.name)' on a generic parameter (they may require 'Equatable', 'Hashable' and 'Comparable')", at: c.loc)
                }
            }
            archetypes.append(a)
        }
        if let p = decl.params.first(where: \.isInout) { throw unsupported("'inout' parameters of generic functions", at: p.loc) }
        let aliases = archetypes.map { ($0.name, QType.enumeration($0)) }
        var types: [QType] = []
        var result = QType.void
        try withTypeAliases(aliases) { () throws(CheckError) in
            for p in decl.params { types.append(try resolveType(p.type)) }
            if let r = decl.returnType { result = try resolveType(r) }
        }
        var defaults: [Typed?] = []
        for (i, p) in decl.params.enumerated() {
            guard let d = p.defaultValue else { defaults.append(nil); continue }
            if types[i].mentionsArchetype { throw unsupported("default values of parameters whose type is generic", at: d.loc) }
            defaults.append(try check(d, as: types[i], context: .argument))
        }
        let g = GenericFunction(decl: decl, archetypes: archetypes, paramTypes: types, result: result, defaults: defaults)
        globals.declare(decl.name, .genericFunction(g))
        return g
    }

    /// Runs `body` with generic parameters' names standing for types.
    func withTypeAliases<R>(_ aliases: [(String, QType)], _ body: () throws(CheckError) -> R) throws(CheckError) -> R {
        pushScope()
        defer { popScope() }
        for (name, t) in aliases { fn.scopes[fn.scopes.count - 1][name] = .typeAlias(t) }
        return try body()
    }

    /// At the end of the declaring cell: the body checked against the archetypes (its errors
    /// are the cell's), and the globals its copies will be compiled against.
    func checkGenericBody(_ g: GenericFunction) throws(CheckError) {
        g.environment = globals.visibleBindings
        let params = zip(g.decl.params, g.paramTypes).map { (name: $0.name, type: $1, loc: $0.loc) }
        try withTypeAliases(g.archetypes.map { ($0.name, QType.enumeration($0)) }) { () throws(CheckError) in
            _ = try compileBody(name: g.name, params: params, result: g.result, body: g.decl.body,
                                singleExpressionReturn: true, at: g.decl.loc, end: g.decl.endLoc, isThrowing: g.decl.isThrowing)
        }
    }

    /// Compiles the copies this cell's calls asked for (each may ask for more).
    func compilePendingInstantiations() {
        while !pendingInstantiations.isEmpty {
            let i = pendingInstantiations.removeFirst()
            let g = i.generic
            let params = zip(g.decl.params, i.sig.paramTypes).map { (name: $0.name, type: $1, loc: $0.loc) }
            let saved = frozenGlobals
            frozenGlobals = g.environment
            defer { frozenGlobals = saved }
            do throws(CheckError) {
                try withTypeAliases(Array(zip(g.archetypes.map(\.name), i.types))) { () throws(CheckError) in
                    _ = try compileBody(name: g.name, params: params, result: i.sig.result, body: g.decl.body,
                                        singleExpressionReturn: true, at: g.decl.loc, end: g.decl.endLoc,
                                        into: i.sig.handle, isThrowing: g.decl.isThrowing)
                }
            } catch {
                report(error)
            }
        }
    }

    // MARK: - calls

    func callGeneric(_ g: GenericFunction, _ args: [Argument], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        let match = try matchArguments(args, labels: g.labels, hasDefault: g.defaults.map { $0 != nil }, fullName: g.fullName, at: loc)
        var bindings: [ObjectIdentifier: QType] = [:]
        // Ordinary arguments fix the types first, then literals (which take a type from the
        // context), then closures (whose parameter types must be known by then).
        func pass(_ e: Expr) -> Int {
            if case .closure = e.kind.unparenthesised { return 2 }
            // An operator as a function (`+`) needs its type from the context.
            if case .name(let n) = e.kind.unparenthesised, let c = n.first, !c.isLetter, c != "_", c != "$" { return 2 }
            return literalKind(e) != nil || needsContext(e) ? 1 : 0
        }
        // Integer and floating-point literals for one `T` (`f(1, 2.5)`): Swift's answer depends on
        // the context (`Double`, or `Any` inside `print`, where each literal keeps its own type),
        // which is not followed here; the call is refused rather than guessed.
        for (i, slot) in match.enumerated() {
            guard let slot, case .enumeration(let e) = g.paramTypes[i], e.isArchetype, let kind = literalKind(args[slot].value) else { continue }
            for (j, other) in match.enumerated() where g.paramTypes[j] == g.paramTypes[i] {
                if let other, let k = literalKind(args[other].value), k != kind {
                    throw unsupported("integer and floating-point literals for one generic parameter '\(e.name)' (write '1.0' or 'Double(1)' to say which type is meant)", at: args[other].value.loc)
                }
            }
        }
        for round in 0...2 {
            for (i, slot) in match.enumerated() {
                guard let slot, g.paramTypes[i].mentionsArchetype else { continue }
                let a = args[slot].value
                guard pass(a) == round else { continue }
                let want = g.paramTypes[i].substituting(bindings)
                let t: Typed
                if case .closure(let c) = a.kind.unparenthesised, case .function(let ps, let r) = want {
                    if let unknown = ps.first(where: \.mentionsArchetype) {
                        throw error("generic-inference", "generic parameter '\(unknown.firstArchetype!.name)' could not be inferred", at: loc)
                    }
                    t = try checkClosure(c, params: ps, result: r.mentionsArchetype ? nil : r)
                } else {
                    t = try check(a, expected: want.mentionsArchetype ? nil : want)
                }
                guard QType.unify(g.paramTypes[i], t.type, &bindings) else {
                    throw error("type-mismatch", "cannot convert value of type '\(t.type)' to expected argument type '\(want)'", at: a.loc)
                }
            }
        }
        if let expected, g.result.mentionsArchetype { _ = QType.unify(g.result, expected, &bindings) }
        var types: [QType] = []
        for a in g.archetypes {
            guard let t = bindings[ObjectIdentifier(a)] else {
                throw error("generic-inference", "generic parameter '\(a.name)' could not be inferred", at: loc)
            }
            let declared = g.decl.genericParams.first { $0.name == a.name }?.constraints.map(\.name) ?? []
            for needed in declared {
                let has = switch needed {
                case "Hashable": t.isHashable
                case "Comparable": t.isComparable
                default: t.isEquatable
                }
                if !has { throw error("generic-requirement", "global function '\(g.name)' requires that '\(t)' conform to '\(needed)'", at: loc) }
            }
            types.append(t)
        }
        let sig = try instantiate(g, types, at: loc)
        return try callUserFunction(sig, args, at: loc)
    }

    /// The copy of `g` for `types`: made once per cell, compiled at the end of it.
    private func instantiate(_ g: GenericFunction, _ types: [QType], at loc: SourceLoc) throws(CheckError) -> FunctionSignature {
        let key = Instantiation.Key(generic: ObjectIdentifier(g), types: types)
        if let sig = instantiations[key] { return sig }
        // A function that calls itself with ever larger types (`f([x])` inside `f(x)`) would
        // need a copy for each: Swift runs such code generically; here it is refused.
        if instantiations.keys.count(where: { $0.generic == key.generic }) >= Checker.maxCopiesPerGeneric {
            throw unsupported("a generic function called with more than \(Checker.maxCopiesPerGeneric) different types in one cell (as when it calls itself with a larger type, 'f([x])' in 'f(x)')", at: loc)
        }
        var b: [ObjectIdentifier: QType] = [:]
        for (a, t) in zip(g.archetypes, types) { b[ObjectIdentifier(a)] = t }
        let params = g.paramTypes.map { $0.substituting(b) }
        let result = g.result.substituting(b)
        let storage = ScopeEntry.global(GlobalVar(name: g.name, type: .function(params, result), isLet: true, ref: Ref(), loc: g.decl.loc))
        let sig = FunctionSignature(name: g.name, labels: g.labels, paramNames: g.decl.params.map(\.name), paramTypes: params,
                                    defaults: g.defaults, result: result, loc: g.decl.loc, storage: storage)
        sig.isThrowing = g.decl.isThrowing
        sig.inoutParams = g.decl.params.map(\.isInout)
        sig.handle = Function(name: g.name, paramCount: params.count, body: Checker.notYetCompiled(paramCount: params.count))
        instantiations[key] = sig
        // A call made while the body is checked against the archetypes never runs.
        if !types.contains(where: \.mentionsArchetype) {
            pendingInstantiations.append(Instantiation(generic: g, types: types, sig: sig))
        }
        return sig
    }
}

extension QType {
    /// Whether a generic parameter's archetype occurs in this type.
    var mentionsArchetype: Bool { firstArchetype != nil }

    var firstArchetype: EnumType? {
        switch self {
        case .enumeration(let e): return e.isArchetype ? e : nil
        case .array(let x), .optional(let x): return x.firstArchetype
        case .dictionary(let k, let v): return k.firstArchetype ?? v.firstArchetype
        case .tuple(let fs): return fs.lazy.compactMap(\.type.firstArchetype).first
        case .function(let ps, let r): return ps.lazy.compactMap(\.firstArchetype).first ?? r.firstArchetype
        default: return nil
        }
    }

    /// The type with bound archetypes replaced by their types.
    func substituting(_ b: [ObjectIdentifier: QType]) -> QType {
        switch self {
        case .enumeration(let e) where e.isArchetype: return b[ObjectIdentifier(e)] ?? self
        case .array(let x): return .array(x.substituting(b))
        case .optional(let x): return .optional(x.substituting(b))
        case .dictionary(let k, let v): return .dictionary(k.substituting(b), v.substituting(b))
        case .tuple(let fs): return .tuple(fs.map { TupleField(label: $0.label, type: $0.type.substituting(b)) })
        case .function(let ps, let r): return .function(ps.map { $0.substituting(b) }, r.substituting(b))
        default: return self
        }
    }

    /// Binds the archetypes in `param` so that it matches `arg`; false when they cannot match.
    static func unify(_ param: QType, _ arg: QType, _ b: inout [ObjectIdentifier: QType]) -> Bool {
        switch (param, arg) {
        case (.enumeration(let e), _) where e.isArchetype:
            if let bound = b[ObjectIdentifier(e)] { return bound == arg }
            b[ObjectIdentifier(e)] = arg
            return true
        case (.array(let x), .array(let y)), (.optional(let x), .optional(let y)):
            return unify(x, y, &b)
        case (.optional(let x), _):
            // A value where `T?` is expected: `T` is the value's type.
            return unify(x, arg, &b)
        case (.dictionary(let k1, let v1), .dictionary(let k2, let v2)):
            return unify(k1, k2, &b) && unify(v1, v2, &b)
        case (.tuple(let f1), .tuple(let f2)):
            return f1.count == f2.count && zip(f1, f2).allSatisfy { unify($0.type, $1.type, &b) }
        case (.function(let p1, let r1), .function(let p2, let r2)):
            return p1.count == p2.count && zip(p1, p2).allSatisfy { unify($0, $1, &b) } && unify(r1, r2, &b)
        default:
            return !param.mentionsArchetype
        }
    }
}
