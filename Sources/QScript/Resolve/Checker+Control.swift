extension Checker {
    /// Checks conditions; optional bindings declare their names in the current scope.
    func checkConditions(_ conds: [Condition]) throws(CheckError) -> BoolCode {
        try checkConditionParts(conds).code
    }

    /// The conditions' code, and their inline form when they are one `Int` comparison of a slot
    /// with a constant.
    func checkConditionParts(_ conds: [Condition]) throws(CheckError) -> (code: BoolCode, test: IntTest?) {
        var parts: [Test] = []
        var test: IntTest?
        for c in conds {
            switch c {
            case .expr(let e):
                let t = try check(e, as: .bool, context: .condition)
                if conds.count == 1 { test = t.test }
                parts.append(Test(run: t.code.bool))
            case .optionalBinding(let isLet, let name, let typeRepr, let value, let loc):
                let source = value ?? Expr(.name(name), loc)
                let annotated = try typeRepr.map { (r) throws(CheckError) in try resolveType(r) }
                let t = try check(source, expected: annotated.map { .optional($0) })
                guard case .optional(let w) = t.type else {
                    throw error("binding-non-optional", "initializer for conditional binding must have Optional type, not '\(t.type)'", at: source.loc)
                }
                if let annotated, annotated != w {
                    throw error("type-mismatch", "cannot convert value of type '\(t.type)' to specified type '\(annotated)?'", at: source.loc)
                }
                let store = Control.store(try declareVariable(name, type: w, isLet: isLet, at: loc))
                let f = t.code.value
                let binding: BoolCode = { fp throws(Trap) in
                    let v = try f(fp)
                    if case .none = v { return false }
                    store(fp, v)
                    return true
                }
                parts.append(Test(run: binding))
            case .casePattern(let pattern, let value, _):
                let t = try check(value)
                let matcher = try compilePattern(pattern, type: t.type, binding: nil)
                let f = t.code.value
                parts.append(Test(run: { fp throws(Trap) in try matcher(fp, try f(fp)) }))
            }
        }
        return (Control.all(parts), test)
    }

    func checkIf(_ conds: [Condition], _ body: [Stmt], _ elseStmt: Stmt?, _ s: Stmt) throws(CheckError) -> Exec {
        pushScope()
        let cond: BoolCode, test: IntTest?
        do { (cond, test) = try checkConditionParts(conds) } catch { popScope(); throw error }
        // `if c { return x }`: one closure instead of three (a common base case).
        if elseStmt == nil, body.count == 1, case .returnStmt(let value) = body[0].kind {
            defer { popScope() }
            var state = beginBranches()
            let (_, typed) = try checkReturnParts(value, at: body[0].loc)
            endBranch(&state, exits: true)
            endBranch(&state, exits: false)
            finishBranches(state)
            if recordsIntReturns, let shape = typed?.intShape {
                record(s, .returnIf(cond, test, shape))
            }
            switch typed?.code {
            case .int(let g)?:
                return { fp throws(Trap) in
                    guard try cond(fp) else { return .normal }
                    fp[0] = .int(try g(fp))
                    return .returned
                }
            case .double(let g)?:
                return { fp throws(Trap) in
                    guard try cond(fp) else { return .normal }
                    fp[0] = .double(try g(fp))
                    return .returned
                }
            case let c?:
                let f = c.value
                return { fp throws(Trap) in
                    guard try cond(fp) else { return .normal }
                    fp[0] = try f(fp)
                    return .returned
                }
            case nil:
                return { fp throws(Trap) in
                    guard try cond(fp) else { return .normal }
                    fp[0] = .void
                    return .returned
                }
            }
        }
        var state = beginBranches()
        let then = checkBlock(body)
        endBranch(&state, exits: Exits.always(body))
        popScope()
        guard let elseStmt else {
            endBranch(&state, exits: false)
            finishBranches(state)
            let exec: Exec = { fp throws(Trap) in try cond(fp) ? then(fp) : .normal }
            recordIf(s, exec, cond, test, body: body, other: nil)
            return exec
        }
        let other = try checkStmt(elseStmt)
        endBranch(&state, exits: Exits.always([elseStmt]))
        finishBranches(state)
        let exec: Exec = { fp throws(Trap) in try cond(fp) ? then(fp) : other(fp) }
        recordIf(s, exec, cond, test, body: body, other: elseStmt)
        return exec
    }

    func checkGuard(_ conds: [Condition], _ body: [Stmt], end: SourceLoc, _ s: Stmt) throws(CheckError) -> Exec {
        let loc = s.loc
        let before = uninitialized
        let elseBody = checkBlock(body)
        uninitialized = before
        guard Exits.always(body) else {
            throw error("guard-fallthrough", "'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope", at: end)
        }
        // The bound names belong to the enclosing scope, after the guard.
        let cond = try checkConditions(conds)
        if recordsIntReturns, let value = intChain(body) {
            record(s, .returnIf({ fp throws(Trap) in !(try cond(fp)) }, nil, value))
        }
        return { fp throws(Trap) in
            if try cond(fp) { return .normal }
            let f = try elseBody(fp)
            if case .normal = f {
                throw Trap(id: "guard-fallthrough", message: "'guard' body fell through", loc: loc)
            }
            return f
        }
    }

    /// Compiles a loop or switch body with a fresh break target. (Not generic: a typed-throws
    /// closure literal returned through a generic parameter crashes Swift 6.3's SILGen.)
    func withLoop(_ label: String?, isLoop: Bool = true, _ body: (Int) throws(CheckError) -> Exec) throws(CheckError) -> Exec {
        let id = newLoopID()
        fn.breakTargets.append(BreakTarget(label: label, id: id, isLoop: isLoop))
        defer { fn.breakTargets.removeLast() }
        return try body(id)
    }

    func checkWhile(_ label: String?, _ conds: [Condition], _ body: [Stmt], at loc: SourceLoc) throws(CheckError) -> Exec {
        try withLoop(label) { (id) throws(CheckError) in
            pushScope()
            defer { popScope() }
            let cond = try checkConditions(conds)
            let before = uninitialized
            let exec = checkBlock(body)
            uninitialized = before
            let m = self.m
            return { fp throws(Trap) in
                while try cond(fp) {
                    try tick(m, loc)
                    if let exit = Control.loopExit(try exec(fp), id) { return exit }
                }
                return .normal
            }
        }
    }

    func checkRepeat(_ label: String?, _ body: [Stmt], _ condition: Expr, at loc: SourceLoc) throws(CheckError) -> Exec {
        try withLoop(label) { (id) throws(CheckError) in
            let exec = checkBlock(body)
            let cond = try check(condition, as: .bool, context: .condition).code.bool
            let m = self.m
            return { fp throws(Trap) in
                repeat {
                    try tick(m, loc)
                    if let exit = Control.loopExit(try exec(fp), id) { return exit }
                } while try cond(fp)
                return .normal
            }
        }
    }
}

/// Whether statements always leave their scope (Swift's rule for `guard` bodies).
enum Exits {
    static func always(_ stmts: [Stmt]) -> Bool {
        guard let last = stmts.last else { return false }
        switch last.kind {
        case .returnStmt, .breakStmt, .continueStmt, .throwStmt: return true
        case .doCatch(let body, let clauses): return always(body) && clauses.allSatisfy { always($0.body) }
        case .expr(let e):
            if case .call(let f, _) = e.kind, case .name(let n) = f.kind { return n == "fatalError" }
            return false
        case .ifStmt(_, let body, let elseStmt):
            guard let elseStmt else { return false }
            return always(body) && always([elseStmt])
        case .block(let b): return always(b)
        case .switchStmt(_, _, let cases): return cases.allSatisfy { always($0.body) }
        case .whileStmt(let label, let conds, let body):
            // `while true { ... }` without a `break` out of it never falls through.
            guard conds.count == 1, case .expr(let e) = conds[0], case .boolLiteral(true) = e.kind.unparenthesised else { return false }
            return !Breaks.leave(body, label: label)
        case .repeatWhile(let label, let body, let cond):
            guard case .boolLiteral(true) = cond.kind.unparenthesised else { return false }
            return !Breaks.leave(body, label: label)
        default: return false
        }
    }
}

/// Whether a loop body contains a `break` that leaves that loop.
enum Breaks {
    static func leave(_ stmts: [Stmt], label: String?, nested: Bool = false) -> Bool {
        stmts.contains { s in
            switch s.kind {
            case .breakStmt(let l): return l == nil ? !nested : l == label
            case .ifStmt(_, let body, let other): return leave(body, label: label, nested: nested) || other.map { leave([$0], label: label, nested: nested) } ?? false
            case .guardStmt(_, let body, _), .block(let body): return leave(body, label: label, nested: nested)
            case .doCatch(let body, let clauses):
                return leave(body, label: label, nested: nested) || clauses.contains { leave($0.body, label: label, nested: nested) }
            case .whileStmt(_, _, let body), .repeatWhile(_, let body, _), .forIn(_, _, _, _, let body):
                return label != nil && leave(body, label: label, nested: true)
            case .switchStmt(_, _, let cases): return cases.contains { leave($0.body, label: label, nested: true) }
            default: return false
            }
        }
    }
}
