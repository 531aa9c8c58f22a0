extension Checker {
    /// Declares the signature of a `func` (so calls, including recursive ones, can be checked).
    func declareFunction(_ decl: FunctionDecl) throws(CheckError) -> FunctionSignature {
        if let g = decl.genericParams.first {
            throw unsupported("generic functions inside functions, methods or blocks; declare them at a cell's top level", at: g.loc)
        }
        var types: [QType] = []
        for p in decl.params { types.append(try resolveType(p.type)) }
        let result = try decl.returnType.map { (r) throws(CheckError) in try resolveType(r) } ?? .void
        let labels = decl.params.map(\.label)
        let existing: ScopeEntry? = atCellTopLevel ? globals.declaredInCurrentCell(decl.name) : fn.scopes.last?[decl.name]
        var overloads: [FunctionSignature] = []
        switch existing {
        case .function(let f) where f.labels != labels: overloads = [f]
        case .overloaded(let fs) where !fs.contains(where: { $0.labels == labels }): overloads = fs
        default: try checkRedeclaration(decl.name, at: decl.loc)
        }
        var seen = Set<String>()
        for p in decl.params where p.name != "_" {
            if !seen.insert(p.name).inserted {
                throw error("redeclaration", "invalid redeclaration of '\(p.name)'", at: p.loc)
            }
        }
        let storage: ScopeEntry
        let fnType = QType.function(types, result)
        if atCellTopLevel {
            storage = .global(GlobalVar(name: decl.name, type: fnType, isLet: true, ref: Ref(), loc: decl.loc))
        } else {
            storage = .local(LocalVar(name: decl.name, type: fnType, isLet: true, slot: fn.newSlot(),
                                      boxed: fn.capturedNames.contains(decl.name), loc: decl.loc, owner: fn))
        }
        // Default values may use literals and globals only, as in Swift.
        var defaults: [Typed?] = []
        for (i, p) in decl.params.enumerated() {
            guard let d = p.defaultValue else { defaults.append(nil); continue }
            defaults.append(try check(d, as: types[i], context: .argument))
        }
        let sig = FunctionSignature(name: decl.name, labels: decl.params.map(\.label), paramNames: decl.params.map(\.name),
                                    paramTypes: types, defaults: defaults, result: result, loc: decl.loc, storage: storage)
        sig.inoutParams = decl.params.map(\.isInout)
        sig.isThrowing = decl.isThrowing
        let binding: ScopeEntry = overloads.isEmpty ? .function(sig) : .overloaded(overloads + [sig])
        if atCellTopLevel {
            sig.handle = Function(name: decl.name, paramCount: types.count, body: Checker.notYetCompiled(paramCount: types.count))
            globals.declare(decl.name, binding)
        } else {
            fn.scopes[fn.scopes.count - 1][decl.name] = binding
        }
        return sig
    }

    /// Compiles a function body; returns code that creates the `Function` value in the
    /// declaring frame (capturing boxes from it).
    func compileBody(name: String, params: [(name: String, type: QType, loc: SourceLoc)], result: QType?,
                     body: [Stmt], singleExpressionReturn: Bool, inoutFirst: Bool = false, inoutParams: [Bool] = [],
                     at loc: SourceLoc, end: SourceLoc, into handle: Function? = nil,
                     methodOf: DeclaredType? = nil, isThrowing: Bool = false,
                     initializer: (state: InitializerState, start: ValueCode)? = nil,
                     staticOf: DeclaredType? = nil, observedField: Int? = nil) throws(CheckError) -> (make: ValueCode, result: QType) {
        var captured = CaptureScan.names(in: body)
        // A closure in a method that names a member of `self` captures `self`.
        if let s = methodOf, captured.contains(where: s.hasMember) { captured.insert("self") }
        let ctx = FunctionContext(parent: fn, paramCount: params.count, resultType: result,
                                  capturedNames: captured, isTopLevel: false)
        ctx.selfType = methodOf
        ctx.staticOf = staticOf
        ctx.observedField = observedField
        ctx.canThrow = isThrowing
        ctx.isClosure = name == "closure"
        let outer = fn
        let outerUninitialized = uninitialized
        fn = ctx
        uninitialized = []
        defer {
            fn = outer
            uninitialized = outerUninitialized
        }
        var prologue: [Step] = []
        var seen = Set<String>()
        for (i, p) in params.enumerated() {
            if !p.type.isTrivial || ctx.capturedNames.contains(p.name) { ctx.parameterNeedsRelease() }
            if p.name == "_" { continue }
            if !seen.insert(p.name).inserted { throw error("redeclaration", "invalid redeclaration of '\(p.name)'", at: p.loc) }
            let isInout = (inoutFirst && i == 0) || (i < inoutParams.count && inoutParams[i])
            let v = LocalVar(name: p.name, type: p.type, isLet: !isInout, slot: i + 1, boxed: ctx.capturedNames.contains(p.name), loc: p.loc, owner: ctx)
            v.isParameter = true
            ctx.scopes[0][p.name] = .local(v)
            if v.boxed {
                let slot = i + 1
                let box: Exec = { fp in
                    fp[slot] = .box(Ref(fp[slot]))
                    return .normal
                }
                prologue.append(Step(run: box))
            }
        }
        var body = body
        if let (state, start) = initializer {
            // The initializer's `self`: a local starting with the default values, returned at
            // the end (the `return` added at the closing brace checks that it is complete).
            let slot = ctx.newSlot()
            let v = LocalVar(name: "self", type: state.type.type, isLet: false, slot: slot, boxed: ctx.capturedNames.contains("self"), loc: loc, owner: ctx)
            ctx.scopes[0]["self"] = .local(v)
            ctx.initializer = state
            state.selfVar = v
            if !state.type.type.isTrivial { ctx.parameterNeedsRelease() }
            let boxed = v.boxed
            prologue.append(Step(run: { fp throws(Trap) in
                let x = try start(fp)
                fp[slot] = boxed ? .box(Ref(x)) : x
                return .normal
            }))
            for id in uninitializedParts(state) { uninitialized.insert(id) }
            body.append(Stmt(.returnStmt(nil), end))
        }
        ctx.scopes.append([:])
        var execs: [Step]
        // A body that is one `switch` or `if` whose branches are single expressions returns
        // the chosen branch's value (Swift's `if` and `switch` expressions).
        if singleExpressionReturn, body.count == 1, let r = result, r != .void, let returning = Checker.branchesReturning(body[0]) {
            body = [returning]
        }
        // A body that is one expression returns it (unless the function returns Void).
        if singleExpressionReturn, body.count == 1, case .expr(let e) = body[0].kind, result != .void {
            if result == nil, case .assign = e.kind.unparenthesised {
                execs = checkStatements(body)
                ctx.resultType = .void
            } else if result == nil, case .compoundAssign = e.kind.unparenthesised {
                execs = checkStatements(body)
                ctx.resultType = .void
            } else {
                do {
                    let (exec, t) = try checkReturnParts(e, at: e.loc)
                    recordReturn(body[0], t)
                    execs = [Step(run: exec)]
                } catch {
                    report(error)
                    execs = []
                }
            }
        } else {
            execs = checkStatements(body)
            if let r = ctx.resultType, r != .void, !Exits.always(body) {
                throw error("missing-return", "missing return in \(name == "closure" ? "closure" : methodOf != nil ? "instance method" : "global function") expected to return '\(r)'", at: end)
            }
        }
        var finalResult = ctx.resultType ?? .void
        var exec = Control.sequence(prologue + execs)
        if inoutFirst {
            // `reduce(into:)`: the closure's first parameter is `inout`; hand its final value back.
            let inner = exec
            let boxed = ctx.capturedNames.contains(params[0].name)
            exec = { fp throws(Trap) in
                _ = try inner(fp)
                fp[0] = boxed ? fp[1].boxPointer.pointee : fp[1]
                return .returned
            }
            finalResult = params[0].type
        }
        let hasInout = inoutParams.contains(true)
        if hasInout {
            // The result and the final values of the `inout` parameters, for the call to write back.
            let inner = exec
            let finals = params.indices.filter { inoutParams[$0] }.map { (slot: $0 + 1, boxed: ctx.capturedNames.contains(params[$0].name)) }
            exec = { fp throws(Trap) in
                let flow: Flow
                do throws(Trap) {
                    flow = try inner(fp)
                } catch {
                    // A thrown error still copies the `inout` values out (after the defers ran).
                    if error.thrown != nil { error.inoutFinals = finals.map { f in f.boxed ? fp[f.slot].boxPointer.pointee : fp[f.slot] } }
                    throw error
                }
                var items: [Value] = []
                if case .returned = flow { items.append(fp[0]) } else { items.append(.void) }
                for f in finals { items.append(f.boxed ? fp[f.slot].boxPointer.pointee : fp[f.slot]) }
                fp[0] = .tuple(items)
                return .returned
            }
        }
        // A body that is a chain of returns also runs as one `IntCode` (see `IntReturn`).
        var intCode: IntCode?
        if finalResult == .int, !inoutFirst, !hasInout, prologue.isEmpty, let shape = intChain(body) {
            intCode = shape.code
        }
        let compiled = Function.Body(run: exec, int: intCode, frameSize: ctx.slotCount,
                                     trivialFrame: ctx.trivialSlots && ctx.captures.isEmpty,
                                     mustReturn: finalResult != .void && !inoutFirst && !hasInout)
        let sources = ctx.captures.map(\.sourceSlot)
        let slots = ctx.captures.map(\.slot)
        let paramCount = params.count
        if let handle {
            handle.body = compiled
            return ({ _ in .function(handle) }, finalResult)
        }
        let make: ValueCode = { fp in
            var caps: [Ref] = []
            caps.reserveCapacity(sources.count)
            for s in sources {
                guard case .box(let r) = fp[s] else { unreachableCase() }
                caps.append(r)
            }
            let f = Function(name: name, paramCount: paramCount, captures: caps, captureSlots: slots, body: compiled)
            return .function(f)
        }
        return (make, finalResult)
    }

    /// A `func` inside a function or block.
    func checkLocalFunction(_ decl: FunctionDecl) throws(CheckError) -> Exec {
        if atCellTopLevel {
            // Top-level functions are hoisted by `compileCell`; nothing to do in sequence.
            return { _ in .normal }
        }
        let sig = try declareFunction(decl)
        let params = zip(decl.params, sig.paramTypes).map { (name: $0.name, type: $1, loc: $0.loc) }
        let body = try compileBody(name: decl.name, params: params, result: sig.result, body: decl.body,
                                   singleExpressionReturn: true, inoutParams: sig.inoutParams, at: decl.loc, end: decl.endLoc,
                                   isThrowing: sig.isThrowing)
        guard case .local(let v) = sig.storage else { unreachableCase() }
        let slot = v.slot
        let make = body.make
        if v.boxed {
            // The box exists before the function is made, so the function can call itself.
            return { fp throws(Trap) in
                let r = Ref()
                fp[slot] = .box(r)
                r.value = try make(fp)
                return .normal
            }
        }
        return { fp throws(Trap) in
            fp[slot] = try make(fp)
            return .normal
        }
    }

    /// Compiles a top-level `func` of the cell (after all its statements were checked, so that
    /// the body may use globals declared anywhere in the cell).
    func compileTopLevelFunction(_ decl: FunctionDecl, _ sig: FunctionSignature, methodOf: DeclaredType? = nil) throws(CheckError) -> (Ref, ValueCode) {
        let params = zip(decl.params, sig.paramTypes).map { (name: $0.name, type: $1, loc: $0.loc) }
        var initializer: (state: InitializerState, start: ValueCode)?
        if let t = methodOf, t.initializers.contains(where: { $0 === sig }) {
            initializer = initializerState(t, body: decl.body, isFailable: sig.result.optionalWrapped != nil)
        }
        let isStaticMember = methodOf.map { isStatic(sig, of: $0) } ?? false
        let body = try compileBody(name: decl.name, params: params, result: sig.result, body: decl.body,
                                   singleExpressionReturn: initializer == nil, inoutParams: sig.inoutParams, at: decl.loc, end: decl.endLoc,
                                   into: sig.handle, methodOf: isStaticMember ? nil : methodOf, isThrowing: sig.isThrowing,
                                   initializer: initializer, staticOf: isStaticMember ? methodOf : nil,
                                   observedField: methodOf?.observers[ObjectIdentifier(sig)])
        guard case .global(let g) = sig.storage else { unreachableCase() }
        return (g.ref, body.make)
    }

    /// A closure expression. `params`/`result` come from the context when known.
    func checkClosure(_ c: ClosureLiteral, expected: QType?) throws(CheckError) -> Typed {
        var ps: [QType]?
        var r: QType?
        // A closure where an optional function is expected (`h["sq"] = { $0 * $0 }`) is that function.
        if case .function(let p, let res)? = expected?.optionalWrappedOrSelf { ps = p; r = res }
        return try checkClosure(c, params: ps, result: r)
    }

    func checkClosure(_ c: ClosureLiteral, params expectedParams: [QType]?, result expectedResult: QType?, inoutFirst: Bool = false) throws(CheckError) -> Typed {
        var params: [(name: String, type: QType, loc: SourceLoc)] = []
        if let declared = c.params, declared.count > 1, let ep = expectedParams, ep.count == 1,
           case .tuple(let fields) = ep[0], fields.count == declared.count {
            // `{ (i, x) in ... }` for a closure taking one tuple: Swift destructures it.
            let tmp = "$tuple"
            var body: [Stmt] = []
            for (i, p) in declared.enumerated() {
                let value = Expr(.tupleIndex(Expr(.name(tmp), p.loc), i), p.loc)
                body.append(Stmt(.variable(isLet: true, .name(p.name, p.loc), p.type, value), p.loc))
            }
            let wrapped = ClosureLiteral(params: [ClosureParam(name: tmp, type: nil, loc: c.loc)], returnType: c.returnType,
                                         body: body + c.body, loc: c.loc, endLoc: c.endLoc)
            if c.body.count == 1, case .expr(let e) = c.body[0].kind {
                // Keep the single-expression form so its value is still the result.
                let ret = Stmt(.returnStmt(e), e.loc)
                let w = ClosureLiteral(params: wrapped.params, returnType: c.returnType, body: body + [expectedResult == .void ? c.body[0] : ret],
                                       loc: c.loc, endLoc: c.endLoc)
                return try checkClosure(w, params: expectedParams, result: expectedResult, inoutFirst: inoutFirst)
            }
            return try checkClosure(wrapped, params: expectedParams, result: expectedResult, inoutFirst: inoutFirst)
        }
        if let declared = c.params {
            if let expectedParams, expectedParams.count != declared.count {
                throw error("closure-arity", "contextual closure type expects \(expectedParams.count) argument\(expectedParams.count == 1 ? "" : "s"), but \(declared.count) \(declared.count == 1 ? "was" : "were") used in closure body", at: c.loc)
            }
            for (i, p) in declared.enumerated() {
                let annotated = try p.type.map { (t) throws(CheckError) in try resolveType(t) }
                guard let t = annotated ?? expectedParams?[i] else {
                    throw error("closure-param-type", "unable to infer type of a closure parameter '\(p.name)' in the current context", at: p.loc)
                }
                if let e = expectedParams?[i], e != t {
                    throw error("type-mismatch", "cannot convert value of type '\(t)' to expected argument type '\(e)'", at: p.loc)
                }
                params.append((p.name, t, p.loc))
            }
        } else {
            let used = AnonymousParams.highest(in: c.body)
            if used >= 1, let ep = expectedParams, ep.count == 1, case .tuple(let fields) = ep[0], fields.count == used + 1 {
                // `zip(xs, ys).map { $0 * $1 }`: a closure taking one tuple may name its elements $0, $1, ...
                let names = (0...used).map { ClosureParam(name: "$\($0)", type: nil, loc: c.loc) }
                return try checkClosure(ClosureLiteral(params: names, returnType: c.returnType, body: c.body, loc: c.loc, endLoc: c.endLoc),
                                        params: expectedParams, result: expectedResult, inoutFirst: inoutFirst)
            }
            let count = expectedParams?.count ?? (used + 1)
            if used >= count {
                throw error("closure-arity", "contextual closure type expects \(count) argument\(count == 1 ? "" : "s"), but \(used + 1) \(used == 0 ? "was" : "were") used in closure body", at: c.loc)
            }
            if let expectedParams, used < 0, !expectedParams.isEmpty {
                throw error("closure-arity", "contextual type for closure argument list expects \(expectedParams.count) argument\(expectedParams.count == 1 ? "" : "s"), which cannot be implicitly ignored", at: c.loc,
                            notes: [.init(message: "use '_ in' to ignore the argument\(expectedParams.count == 1 ? "" : "s")")])
            }
            for i in 0..<count {
                guard let t = expectedParams?[i] else {
                    throw error("closure-param-type", "unable to infer type of a closure parameter '$\(i)' in the current context", at: c.loc)
                }
                params.append(("$\(i)", t, c.loc))
            }
        }
        let annotatedResult = try c.returnType.map { (t) throws(CheckError) in try resolveType(t) }
        let result = annotatedResult ?? expectedResult
        let body = try compileBody(name: "closure", params: params, result: result, body: c.body,
                                   singleExpressionReturn: true, inoutFirst: inoutFirst, at: c.loc, end: c.endLoc)
        return Typed(.function(params.map(\.type), inoutFirst ? .void : body.result), .value(body.make))
    }
}

/// The highest `$n` used directly in a closure body (not in nested closures); -1 if none.
enum AnonymousParams {
    static func highest(in stmts: [Stmt]) -> Int {
        var h = -1
        func visit(_ e: Expr) {
            switch e.kind {
            case .name(let n) where n.hasPrefix("$"): h = max(h, Int(n.dropFirst()) ?? -1)
            case .closure: break
            case .member(let b, _, _), .tupleIndex(let b, _), .prefix(_, let b), .forceUnwrap(let b), .optionalChain(let b), .paren(let b), .partialRange(_, let b),
                 .tryExpr(_, let b), .cast(let b, _, _), .inoutArgument(let b): visit(b)
            case .call(let f, let args), .subscriptCall(let f, let args): visit(f); args.forEach { visit($0.value) }
            case .binary(_, let a, let b, _), .assign(let a, let b), .compoundAssign(_, let a, let b, _): visit(a); visit(b)
            case .ternary(let a, let b, let c): visit(a); visit(b); visit(c)
            case .array(let xs): xs.forEach(visit)
            case .dictionary(let kvs): kvs.forEach { visit($0.0); visit($0.1) }
            case .tuple(let xs): xs.forEach { visit($0.value) }
            case .stringLiteral(let parts): for case .interpolation(let x) in parts { visit(x) }
            default: break
            }
        }
        func visit(_ s: Stmt) {
            switch s.kind {
            case .expr(let e): visit(e)
            case .variable(_, _, _, let e): if let e { visit(e) }
            case .returnStmt(let e): if let e { visit(e) }
            case .ifStmt(let conds, let body, let other):
                for case .expr(let e) in conds { visit(e) }
                for case .optionalBinding(_, _, _, let v?, _) in conds { visit(v) }
                for case .casePattern(_, let v, _) in conds { visit(v) }
                body.forEach(visit)
                if let other { visit(other) }
            case .guardStmt(let conds, let body, _):
                for case .expr(let e) in conds { visit(e) }
                for case .optionalBinding(_, _, _, let v?, _) in conds { visit(v) }
                for case .casePattern(_, let v, _) in conds { visit(v) }
                body.forEach(visit)
            case .whileStmt(_, let conds, let body):
                for case .expr(let e) in conds { visit(e) }
                body.forEach(visit)
            case .repeatWhile(_, let body, let c): body.forEach(visit); visit(c)
            case .forIn(_, _, let seq, let w, let body): visit(seq); if let w { visit(w) }; body.forEach(visit)
            case .switchStmt(_, let subject, let cases): visit(subject); cases.forEach { $0.body.forEach(visit) }
            case .block(let b), .declarationGroup(let b), .deferStmt(let b): b.forEach(visit)
            case .throwStmt(let e): visit(e)
            case .doCatch(let body, let clauses): body.forEach(visit); clauses.forEach { $0.body.forEach(visit) }
            default: break
            }
        }
        stmts.forEach(visit)
        return h
    }
}

extension Checker {
    /// The body of a declared function whose body failed to compile (the cell then never runs),
    /// or of one torn down with its session.
    static func notYetCompiled(paramCount: Int) -> Function.Body {
        let run: Exec = { _ throws(Trap) in
            throw Trap(id: "internal", message: "function called before its body was compiled", loc: .unknown)
        }
        return Function.Body(run: run, frameSize: 1 + paramCount, mustReturn: false)
    }

    /// `switch x { case .a: 1 ... }` or `if c { 1 } else { 2 }` as a function's whole body: the
    /// same statement with each branch's expression returned; nil unless every branch is one
    /// expression (or a nested `if`/`switch` of that form). A branch calling `fatalError` stays.
    static func branchesReturning(_ s: Stmt) -> Stmt? {
        func branch(_ body: [Stmt]) -> [Stmt]? {
            guard body.count == 1 else { return nil }
            let only = body[0]
            switch only.kind {
            case .expr(let e):
                if case .call(let callee, _) = e.kind, case .name(let n) = callee.kind, n == "fatalError" || n == "preconditionFailure" { return body }
                if case .assign = e.kind { return nil }
                if case .compoundAssign = e.kind { return nil }
                return [Stmt(.returnStmt(e), only.loc)]
            case .switchStmt, .ifStmt:
                return branchesReturning(only).map { [$0] }
            default:
                return nil
            }
        }
        switch s.kind {
        case .switchStmt(let label, let subject, let cases):
            var result: [SwitchCase] = []
            for c in cases {
                guard let b = branch(c.body) else { return nil }
                result.append(SwitchCase(patterns: c.patterns, body: b, loc: c.loc))
            }
            return Stmt(.switchStmt(label: label, subject, result), s.loc)
        case .ifStmt(let conds, let body, let elseStmt?):
            guard let b = branch(body) else { return nil }
            let e: Stmt
            switch elseStmt.kind {
            case .block(let items):
                guard let x = branch(items) else { return nil }
                e = Stmt(.block(x), elseStmt.loc)
            case .ifStmt:
                guard let x = branchesReturning(elseStmt) else { return nil }
                e = x
            default:
                return nil
            }
            return Stmt(.ifStmt(conds, b, e), s.loc)
        default:
            return nil
        }
    }
}
