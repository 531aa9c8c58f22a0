/// Initializers a cell's structs and enums declare (`init(...)`, `init?(...)`, `throws`): their
/// declaration, calls to them, and Swift's definite-initialization rules for `self` inside
/// them. The body runs with a local `self` whose stored properties start as their default
/// values (or unset); reading a part before it is set, using `self` as a whole before every
/// part is, and returning early are swiftc's errors, checked as it checks them.
extension Checker {
    /// Declares a type's initializers as functions named `T.init` returning `T` (or `T?`).
    func declareInitializers(_ decls: [InitializerDecl], of t: DeclaredType) throws(CheckError) -> [(FunctionDecl, FunctionSignature, DeclaredType)] {
        var functions: [(FunctionDecl, FunctionSignature, DeclaredType)] = []
        for i in decls {
            let labels = i.decl.params.map(\.label)
            if t.initializers.contains(where: { $0.labels == labels }) {
                throw error("redeclaration", "invalid redeclaration of 'init(\(labels.map { ($0 ?? "_") + ":" }.joined()))'", at: i.decl.loc)
            }
            if let p = i.decl.params.first(where: \.isInout) { throw unsupported("'inout' parameters of initializers", at: p.loc) }
            var decl = i.decl
            decl.name = "\(t.name).init"
            let selfType = TypeRepr.named(t.name, i.decl.loc)
            decl.returnType = i.isFailable ? .optional(selfType) : selfType
            let sig = try declareFunction(decl)
            t.initializers.append(sig)
            functions.append((decl, sig, t))
        }
        return functions
    }

    /// `T(args)` when `T` declares initializers: the one the labels choose. Nil when the
    /// call is for the memberwise initializer (or an enum's `init?(rawValue:)`) instead.
    func declaredInitializerCall(_ t: DeclaredType, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        let inits = t.initializers
        guard !inits.isEmpty else { return nil }
        let written = args.map(\.label)
        if let exact = inits.first(where: { $0.labels == written }) { return try callUserFunction(exact, args, at: loc) }
        let fitting = inits.filter { fits(args, $0, at: loc) }
        if fitting.count == 1 { return try callUserFunction(fitting[0], args, at: loc) }
        // The synthesised initializers still exist beside the declared ones where Swift keeps them.
        if let s = t as? StructType, !s.declaresInitializers { return nil }
        if t is EnumType, written == ["rawValue"] { return nil }
        if inits.count == 1 && fitting.isEmpty { return try callUserFunction(inits[0], args, at: loc) }
        throw error("no-initializer", "no exact matches in call to initializer", at: loc,
                    notes: inits.map { .init(message: "candidate '\(initializerName($0))'", at: $0.loc) })
    }

    private func initializerName(_ sig: FunctionSignature) -> String {
        "init(" + sig.labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }

    /// How an initializer's body starts: the state of `self`'s parts, and `self`'s first value.
    func initializerState(_ t: DeclaredType, body: [Stmt], isFailable: Bool) -> (InitializerState, ValueCode) {
        if let s = t as? StructType, !Checker.delegates(body) {
            var parts: [InitializerState.Part] = []
            var defaults: [(Int, ValueCode)] = []
            for (i, f) in s.fields.enumerated() {
                parts.append(.init(name: f.name, field: i, isLet: f.isLet, loc: f.loc))
                if let d = f.defaultValue { defaults.append((i, d.code.value)) }
            }
            let count = s.fields.count
            let state = InitializerState(type: t, kind: .fields, parts: parts, isFailable: isFailable)
            // Swift evaluates the stored properties' default values first, in declaration order.
            return (state, { fp throws(Trap) in
                var items = [Value](repeating: .void, count: count)
                for (i, code) in defaults { items[i] = try code(fp) }
                return .tuple(items)
            })
        }
        let whole = InitializerState.Part(name: "self", field: nil, isLet: false, loc: t.loc)
        let state = InitializerState(type: t, kind: t is StructType ? .delegating : .whole, parts: [whole], isFailable: isFailable)
        return (state, { _ in .void })
    }

    /// The parts a new initializer's `self` starts without: every stored property without a
    /// default value (all of `self` for a delegating or an enum's initializer).
    func uninitializedParts(_ state: InitializerState) -> [ObjectIdentifier] {
        guard case .fields = state.kind, let s = state.type as? StructType else { return state.parts.map(\.id) }
        return state.parts.filter { s.fields[$0.field!].defaultValue == nil }.map(\.id)
    }

    /// Whether a body calls `self.init(...)` (outside closures and nested functions).
    static func delegates(_ stmts: [Stmt]) -> Bool {
        var found = false
        func visit(_ e: Expr) {
            if found { return }
            switch e.kind {
            case .call(let callee, let args):
                if case .member(let b, "init", _) = callee.kind, case .name("self") = b.kind { found = true; return }
                visit(callee)
                args.forEach { visit($0.value) }
            case .tryExpr(_, let x), .paren(let x), .forceUnwrap(let x): visit(x)
            default: break
            }
        }
        func visit(_ s: Stmt) {
            switch s.kind {
            case .expr(let e): visit(e)
            case .ifStmt(_, let body, let other):
                body.forEach(visit)
                if let other { visit(other) }
            case .guardStmt(_, let body, _), .block(let body), .whileStmt(_, _, let body), .repeatWhile(_, let body, _),
                 .forIn(_, _, _, _, let body):
                body.forEach(visit)
            case .switchStmt(_, _, let cases): cases.forEach { $0.body.forEach(visit) }
            case .doCatch(let body, let clauses):
                body.forEach(visit)
                clauses.forEach { $0.body.forEach(visit) }
            default: break
            }
        }
        stmts.forEach(visit)
        return found
    }

    // MARK: - definite initialization

    /// The initializer whose `self` is `v`, when it is one.
    func initializerState(of v: LocalVar) -> InitializerState? {
        guard v.name == "self", let st = v.owner.initializer, st.selfVar === v else { return nil }
        return st
    }

    /// The initializer whose `self` an unqualified `self` here means, if any.
    func currentInitializerSelf() -> InitializerState? {
        guard case .local(let v)? = lookup("self") else { return nil }
        return initializerState(of: v)
    }

    /// Reading or changing `self` as a whole: every part must be set.
    func checkWholeSelf(_ st: InitializerState, at loc: SourceLoc) throws(CheckError) {
        if st.selfVar?.owner !== fn { throw unsupported("using 'self' in a closure or a nested function inside an initializer", at: loc) }
        if let part = st.firstUninitialized(uninitialized) { throw selfUsedError(st, part, at: loc) }
    }

    /// Reading `self.name`, a stored property: it must be set.
    func checkFieldRead(_ st: InitializerState, field: Int, at loc: SourceLoc) throws(CheckError) {
        if st.selfVar?.owner !== fn { throw unsupported("using 'self' in a closure or a nested function inside an initializer", at: loc) }
        let part = st.part(field: field) ?? st.parts[0]
        if uninitialized.contains(part.id) { throw selfUsedError(st, part, at: loc) }
    }

    /// Assigning `self.name`: sets the part (a `let` only once).
    func fieldAssignment(_ st: InitializerState, field: Int, at loc: SourceLoc) throws(CheckError) {
        if st.selfVar?.owner !== fn { throw unsupported("using 'self' in a closure or a nested function inside an initializer", at: loc) }
        guard case .fields = st.kind, let part = st.part(field: field) else {
            if let part = st.firstUninitialized(uninitialized) { throw selfUsedError(st, part, at: loc) }
            return
        }
        // A `let` is assigned once on every path: not where another path may have set it
        // already, nor in a loop (which could run twice).
        let twice = part.isLet && (!uninitialized.contains(part.id) || uninitialized.contains(part.assignedID)
                                   || fn.breakTargets.contains(where: \.isLoop))
        if twice {
            throw error("let-assignment", "immutable value 'self.\(part.name)' may only be initialized once", at: loc,
                        notes: [.init(message: "change 'let' to 'var' to make it mutable", at: part.loc)])
        }
        if part.isLet { uninitialized.insert(part.assignedID) }
        if uninitialized.contains(part.id) { initializing.append(part.id) }
    }

    func selfUsedError(_ st: InitializerState, _ part: InitializerState.Part, at loc: SourceLoc) -> CheckError {
        switch st.kind {
        case .fields:
            error("self-before-initialization", "'self' used before all stored properties are initialized", at: loc,
                  notes: [.init(message: "'self.\(part.name)' not initialized", at: part.loc)])
        case .delegating, .whole:
            error("self-before-initialization", "'self' used before 'self.init' call or assignment to 'self'", at: loc)
        }
    }

    /// `return` (or the end of the body) in an initializer: `self`, complete; `return nil` in a
    /// failable one.
    func initializerReturn(_ st: InitializerState, _ value: Expr?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if let value {
            guard case .nilLiteral = value.kind.unparenthesised else {
                throw error("initializer-return", "'nil' is the only return value permitted in an initializer", at: loc)
            }
            guard st.isFailable else {
                throw error("initializer-return", "only a failable initializer can return 'nil'", at: loc)
            }
            return Typed(.optional(st.type.type), .constant(.none))
        }
        if let part = st.firstUninitialized(uninitialized) {
            switch st.kind {
            case .fields:
                throw error("initializer-return", "return from initializer without initializing all stored properties", at: loc,
                            notes: [.init(message: "'self.\(part.name)' not initialized", at: part.loc)])
            case .delegating, .whole:
                throw error("initializer-return", "'self.init' isn't called on all paths before returning from initializer", at: loc)
            }
        }
        return try check(Expr(.name("self"), loc), as: st.isFailable ? .optional(st.type.type) : st.type.type, context: .returnValue)
    }

    /// `self.init(args)` in an initializer: `self` becomes the value another initializer makes.
    /// `unwrap`: written `self.init(args)!`, the other initializer may fail (a trap on nil).
    func delegation(_ st: InitializerState, _ args: [Argument], unwrap: Bool = false, at loc: SourceLoc) throws(CheckError) -> Typed {
        let (made, isFailable) = try delegatedValue(st, args, at: loc)
        if isFailable && !unwrap {
            let name = "init(" + args.map { ($0.label ?? "_") + ":" }.joined() + ")"
            throw error("failable-delegation", "a non-failable initializer cannot delegate to failable initializer '\(name)' written with 'init?'", at: loc,
                        notes: [.init(message: "force potentially-failing result with '!'")])
        }
        if !isFailable && unwrap {
            throw error("force-unwrap-non-optional", "cannot force unwrap value of non-optional type '()'", at: loc)
        }
        let store = storingSelf(st, unwrapAt: isFailable ? loc : nil), make = made.code.value
        return Typed(.void, .value { fp throws(Trap) in
            try store(fp, try make(fp))
            return .void
        })
    }

    /// `self.init(args)` as a statement of a failable initializer, delegating to a failable one:
    /// when that fails, this initializer returns nil, as in Swift.
    func delegationStatement(_ e: Expr) throws(CheckError) -> Exec? {
        var inner = e.kind.unparenthesised
        if case .tryExpr(_, let x) = inner { inner = x.kind.unparenthesised }
        guard case .call(let callee, let args) = inner, case .member(let base, "init", let loc) = callee.kind,
              case .name("self") = base.kind, let st = fn.initializer, st.isFailable, currentInitializerSelf() === st else { return nil }
        // A `try` in front is checked as usual around the call; only the nil case is new here.
        if case .tryExpr = e.kind.unparenthesised { return nil }
        let (made, isFailable) = try delegatedValue(st, args, at: loc)
        let store = storingSelf(st, unwrapAt: nil), make = made.code.value
        return { fp throws(Trap) in
            let x = try make(fp)
            if isFailable, case .none = x {
                fp[0] = .none
                return .returned
            }
            try store(fp, x)
            return .normal
        }
    }

    /// The other initializer's value, checked once, and whether it may fail.
    private func delegatedValue(_ st: InitializerState, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> (Typed, Bool) {
        if st.selfVar?.owner !== fn { throw unsupported("using 'self' in a closure or a nested function inside an initializer", at: loc) }
        if st.firstUninitialized(uninitialized) == nil {
            throw unsupported("calling 'self.init' when 'self' may already be initialized", at: loc)
        }
        let made = try checkInitializer(st.type.type, args, expected: nil, at: loc)
        for part in st.parts { uninitialized.remove(part.id) }
        if case .optional = made.type { return (made, true) }
        return (made, false)
    }

    /// Code storing a made value into the initializer's `self` (trapping on nil at `unwrapAt`).
    private func storingSelf(_ st: InitializerState, unwrapAt: SourceLoc?) -> (Frame, Value) throws(Trap) -> Void {
        guard let v = st.selfVar else { unreachableCase() }
        let slot = v.slot, boxed = v.boxed
        return { fp, x throws(Trap) in
            if let loc = unwrapAt, case .none = x {
                throw Trap(id: "unwrap-nil", message: "unexpectedly found nil while unwrapping an Optional value", loc: loc)
            }
            if boxed { fp[slot].boxPointer.pointee = x } else { fp[slot] = x }
        }
    }
}
