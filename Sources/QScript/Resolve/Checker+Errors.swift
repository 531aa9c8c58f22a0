/// Swift's error handling: `throws` functions, `throw`, `try` / `try?` / `try!`, `do`/`catch`
/// with patterns, and the checks swiftc makes (a call that can throw is marked with `try`; an
/// error is handled by an exhaustive `catch` or a throwing function). At run time a thrown
/// error is a `Trap` carrying the error (`Trap.thrown`): `catch`, `try?` and `try!` take those
/// and let real traps through; one that reaches a cell's top level ends the cell as an
/// uncaught error ends a Swift program.
extension Checker {
    /// A call of `sig` needs `try` (or `try?`, `try!`) around it when `sig` throws, and the
    /// error must be handled where a plain `try` stands.
    func requireTry(_ sig: FunctionSignature, at loc: SourceLoc) throws(CheckError) {
        guard sig.isThrowing else { return }
        guard let kind = fn.tries.last else {
            throw error("missing-try", "call can throw but is not marked with 'try'", at: loc)
        }
        if kind == .plain { try requireHandled(at: loc, isThrow: false) }
    }

    /// Where an error thrown here goes: an exhaustive `catch`, or out of a throwing function.
    func requireHandled(at loc: SourceLoc, isThrow: Bool) throws(CheckError) {
        if fn.catchExhaustive.contains(true) || fn.canThrow { return }
        if fn.isClosure {
            throw unsupported("throwing closures (a 'try' or 'throw' in a closure outside a 'do'/'catch' that catches everything)", at: loc)
        }
        if !fn.catchExhaustive.isEmpty {
            throw error("unhandled-error", "errors thrown from here are not handled because the enclosing catch is not exhaustive", at: loc)
        }
        if isThrow { throw error("unhandled-error", "error is not handled because the enclosing function is not declared 'throws'", at: loc) }
        throw error("unhandled-error", "errors thrown from here are not handled", at: loc)
    }

    /// Whether a value of `t` can be thrown.
    func isErrorType(_ t: QType) -> Bool {
        switch t {
        case .anyError: true
        case .structure(let s): s.isError
        case .enumeration(let e): e.isError
        default: false
        }
    }

    // MARK: - throw

    func checkThrow(_ e: Expr, at loc: SourceLoc) throws(CheckError) -> Exec {
        let x = try check(e, expected: .anyError)
        guard isErrorType(x.type) else {
            throw error("not-an-error", "thrown expression type '\(x.type)' does not conform to 'Error'", at: e.loc)
        }
        try requireHandled(at: loc, isThrow: true)
        let boxed = try convert(x, to: .anyError, context: .argument, at: e.loc).code.value
        let lib = library
        return { fp throws(Trap) in
            guard case .existential(let thrown) = try boxed(fp) else { unreachableCase() }
            throw try Trap.thrown(thrown, at: loc, library: lib)
        }
    }

    // MARK: - try

    func checkTry(_ kind: TryKind, _ e: Expr, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        fn.tries.append(kind)
        defer { fn.tries.removeLast() }
        switch kind {
        case .plain:
            return try check(e, expected: expected)
        case .optional:
            let t = try check(e, expected: expected?.optionalWrappedOrSelf)
            // Swift 5 flattens: `try?` on an optional gives that optional.
            let type: QType = t.type.optionalWrapped != nil ? t.type : t.type == .void ? .optional(.void) : .optional(t.type)
            let f = t.code.value
            return Typed(type, .value { fp throws(Trap) in
                do throws(Trap) {
                    return try f(fp)
                } catch {
                    if error.thrown != nil { return .none }
                    throw error
                }
            })
        case .forced:
            let t = try check(e, expected: expected)
            let f = t.code.value
            let lib = library
            return Typed(t.type, .make(t.type) { fp throws(Trap) in
                do throws(Trap) {
                    return try f(fp)
                } catch {
                    guard let thrown = error.thrown else { throw error }
                    throw Trap(id: "try-forced", message: "'try!' expression unexpectedly raised an error: \(try lib.debugText(thrown))", loc: loc)
                }
            })
        }
    }

    // MARK: - do / catch

    func checkDoCatch(_ body: [Stmt], _ clauses: [CatchClause], at loc: SourceLoc) throws(CheckError) -> Exec {
        let exhaustive = clauses.contains { c in c.patterns.isEmpty || c.patterns.contains { $0.guardExpr == nil && isCatchAll($0.0) } }
        fn.catchExhaustive.append(exhaustive)
        let bodyExec = checkBlock(body)
        fn.catchExhaustive.removeLast()
        var state = beginBranches()
        var compiled: [(matchers: [Matcher], body: Exec)] = []
        for c in clauses {
            pushScope()
            defer { popScope() }
            var matchers: [Matcher] = []
            if c.patterns.isEmpty {
                // A bare `catch` binds the error as `error`.
                let store = Control.store(try declareVariable("error", type: .anyError, isLet: true, at: c.loc))
                matchers.append { fp, v in
                    store(fp, v)
                    return true
                }
            }
            for (p, guardExpr) in c.patterns { matchers.append(try guardedPattern(p, guardExpr, type: .anyError)) }
            let exec = Control.sequence(checkStatements(c.body))
            endBranch(&state, exits: Exits.always(c.body))
            compiled.append((matchers, exec))
        }
        finishBranches(state)
        let all = compiled
        return { fp throws(Trap) in
            do throws(Trap) {
                return try bodyExec(fp)
            } catch {
                guard let thrown = error.thrown else { throw error }
                let v = Value.existential(thrown)
                for c in all {
                    for match in c.matchers where try match(fp, v) { return try c.body(fp) }
                }
                throw error
            }
        }
    }

    // MARK: - patterns on `Any` and `any Error`

    /// `is T`, `let x as T`, and a case of an error enum (`MyError.bad(let x)`) on a value of an
    /// existential type: the dynamic type is tested first.
    func existentialPattern(_ p: Pattern, type t: QType, binding: Bool?) throws(CheckError) -> Matcher? {
        if case .optional(let w) = t, w == .anyValue || w == .anyError {
            // On an `Any?`, a type-casting pattern looks through the optional (nil fails).
            switch p {
            case .isType, .cast:
                guard let m = try existentialPattern(p, type: w, binding: binding) else { return nil }
                return { fp, v throws(Trap) in
                    if v.isNone { return false }
                    return try m(fp, v)
                }
            default:
                return nil
            }
        }
        guard t == .anyValue || t == .anyError else { return nil }
        switch p {
        case .isType(let repr, _):
            let target = try resolveType(repr)
            return { _, v in
                guard case .existential(let x) = v else { return false }
                return x.cast(to: target) != nil
            }
        case .cast(let inner, let repr, _):
            let target = try resolveType(repr)
            let m = try compilePattern(inner, type: target, binding: binding)
            return { fp, v throws(Trap) in
                guard case .existential(let x) = v, let value = x.cast(to: target) else { return false }
                return try m(fp, value)
            }
        case .enumCase(let c):
            guard let name = c.typeName, case .declaredType(let d)? = lookup(name), let e = d as? EnumType else {
                throw unsupported("this pattern on a value of type '\(t)' (write the enum's name: 'MyError.\(c.name)', or 'let e as MyError')", at: c.loc)
            }
            let target = QType.enumeration(e)
            let m = try enumCasePattern(c, type: target, binding: binding)
            return { fp, v throws(Trap) in
                guard case .existential(let x) = v, let value = x.cast(to: target) else { return false }
                return try m(fp, value)
            }
        case .expr(let e):
            if binding != nil, case .name = e.kind { return nil }
            throw unsupported("expression patterns on a value of type '\(t)'", at: e.loc)
        default:
            return nil
        }
    }
}

extension Trap {
    /// The error a `throw` raised, or nil for a real trap.
    var thrown: Existential? { thrownError }

    /// A thrown error; if nothing catches it, it ends the cell with Swift's message for an
    /// uncaught error, located at the `throw`.
    static func thrown(_ error: Existential, at loc: SourceLoc, library: Library) throws(Trap) -> Trap {
        let t = Trap(id: "uncaught-error", message: "Error raised at top level: \(try library.debugText(error))", loc: loc)
        t.thrownError = error
        return t
    }
}

extension Library {
    /// An error as Swift's runtime names it in a fatal error: its debug description.
    func debugText(_ e: Existential) throws(Trap) -> String {
        try Describe.debugDescription(e.value, e.type, library: self)
    }
}
