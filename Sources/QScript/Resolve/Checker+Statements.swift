extension Checker {
    /// Checks a list of statements in the current scope; reports errors per statement and goes on.
    func checkStatements(_ stmts: [Stmt]) -> [Step] {
        var result: [Step] = []
        for (i, s) in stmts.enumerated() {
            if case .deferStmt(let body) = s.kind {
                // The statements after a `defer` run first; its body runs as they leave the
                // scope (normally, by return, break or continue, or by a thrown error; a trap
                // ends the cell).
                let deferred = checkDeferBody(body)
                let rest = Control.sequence(checkStatements(Array(stmts[(i + 1)...])))
                result.append(Step(run: { fp throws(Trap) in
                    let flow: Flow
                    do throws(Trap) {
                        flow = try rest(fp)
                    } catch {
                        // A thrown error leaves the scope too (a real trap ends the cell).
                        if error.thrown != nil { _ = try deferred(fp) }
                        throw error
                    }
                    _ = try deferred(fp)
                    return flow
                }))
                return result
            }
            do {
                result.append(Step(run: try checkStmt(s)))
            } catch {
                report(error)
                poison(s.declaredNames)
            }
        }
        return result
    }

    private func checkDeferBody(_ body: [Stmt]) -> Exec {
        fn.deferBases.append(fn.breakTargets.count)
        defer { fn.deferBases.removeLast() }
        return checkBlock(body)
    }

    func checkBlock(_ stmts: [Stmt]) -> Exec {
        pushScope()
        defer { popScope() }
        return Control.sequence(checkStatements(stmts))
    }

    /// The statement `s` made of the expression `e`, already checked as `t`: evaluated for its
    /// effects, its value dropped.
    func expressionStatement(_ s: Stmt, _ e: Expr, _ t: Typed) throws(CheckError) -> Exec {
        if case .function = t.type, case .closure = e.kind.unparenthesised {
            throw error("unused-closure", "closure expression is unused", at: e.loc)
        }
        let exec: Exec
        switch t.code {
        case .int(let g): exec = { fp throws(Trap) in _ = try g(fp); return .normal }
        case .double(let g): exec = { fp throws(Trap) in _ = try g(fp); return .normal }
        case .bool(let g): exec = { fp throws(Trap) in _ = try g(fp); return .normal }
        case .value(let g): exec = { fp throws(Trap) in _ = try g(fp); return .normal }
        }
        record(s, .effect(exec))
        return exec
    }

    func checkStmt(_ s: Stmt) throws(CheckError) -> Exec {
        switch s.kind {
        case .expr(let e):
            if let delegation = try delegationStatement(e) { return delegation }
            return try expressionStatement(s, e, try check(e))
        case .variable(let isLet, let pattern, let typeRepr, let value):
            let exec = try checkVariable(isLet: isLet, pattern, typeRepr, value, at: s.loc)
            record(s, .effect(exec))
            return exec
        case .declarationGroup(let items):
            var execs: [Step] = []
            for item in items { execs.append(Step(run: try checkStmt(item))) }
            let exec = Control.sequence(execs)
            if allEffects(items) { record(s, .effect(exec)) }
            return exec
        case .function(let decl):
            return try checkLocalFunction(decl)
        case .structDecl(let decl):
            // A cell's structs and enums were declared before its statements (`declareTypes`).
            guard atCellTopLevel else { throw unsupported("structs declared inside functions, closures or blocks", at: decl.loc) }
            return { _ in .normal }
        case .enumDecl(let decl):
            guard atCellTopLevel else { throw unsupported("enums declared inside functions, closures or blocks", at: decl.loc) }
            return { _ in .normal }
        case .ifStmt(let conds, let body, let elseStmt):
            return try checkIf(conds, body, elseStmt, s)
        case .guardStmt(let conds, let body, let end):
            return try checkGuard(conds, body, end: end, s)
        case .whileStmt(let label, let conds, let body):
            return try checkWhile(label, conds, body, at: s.loc)
        case .repeatWhile(let label, let body, let cond):
            return try checkRepeat(label, body, cond, at: s.loc)
        case .forIn(let label, let pattern, let seq, let whereClause, let body):
            return try checkFor(label, pattern, seq, whereClause, body, at: s.loc)
        case .switchStmt(let label, let subject, let cases):
            return try checkSwitch(label, subject, cases, at: s.loc)
        case .doCatch(let body, let clauses):
            return try checkDoCatch(body, clauses, at: s.loc)
        case .throwStmt(let e):
            return try checkThrow(e, at: s.loc)
        case .block(let stmts):
            let exec = checkBlock(stmts)
            recordBlock(s, stmts, exec)
            return exec
        case .deferStmt:
            throw error("unsupported", "'defer' at the top level of a cell is not supported in QScript cells: Swift runs it only when the whole program ends; use it inside a function or a block", at: s.loc)
        case .breakStmt(let label):
            let target = try breakTarget(label, isContinue: false, at: s.loc)
            return { _ in .breakLoop(target) }
        case .continueStmt(let label):
            let target = try breakTarget(label, isContinue: true, at: s.loc)
            return { _ in .continueLoop(target) }
        case .returnStmt(let value):
            let (exec, t) = try checkReturnParts(value, at: s.loc)
            recordReturn(s, t)
            return exec
        case .importDecl(let module):
            let accepted: Set<String> = ["Foundation", "QSim", "QGen", "Charts", "Prelude", "Swift", "Glibc", "Darwin"]
            guard accepted.contains(module) else {
                throw error("unknown-module", "no such module '\(module)'", at: s.loc,
                            notes: [.init(message: "cells can import Foundation and the course's modules (QSim, QGen)")])
            }
            return { _ in .normal }
        case .unsupported(let what):
            throw unsupported(what, at: s.loc)
        }
    }

    func breakTarget(_ label: String?, isContinue: Bool, at loc: SourceLoc) throws(CheckError) -> Int {
        let word = isContinue ? "continue" : "break"
        let id = try openBreakTarget(label, isContinue: isContinue, at: loc)
        if let base = fn.deferBases.last, let index = fn.breakTargets.firstIndex(where: { $0.id == id }), index < base {
            throw error("defer-transfer", "'\(word)' cannot transfer control out of a defer statement", at: loc)
        }
        return id
    }

    private func openBreakTarget(_ label: String?, isContinue: Bool, at loc: SourceLoc) throws(CheckError) -> Int {
        let word = isContinue ? "continue" : "break"
        if let label {
            guard let t = fn.breakTargets.last(where: { $0.label == label }) else {
                throw error("undefined-label", "cannot find label '\(label)' in scope", at: loc)
            }
            if isContinue && !t.isLoop {
                throw error("continue-outside-loop", "'continue' cannot be used with a 'switch' label", at: loc)
            }
            return t.id
        }
        let candidates = isContinue ? fn.breakTargets.filter(\.isLoop) : fn.breakTargets
        guard let t = candidates.last else {
            throw error("\(word)-outside-loop", "'\(word)' is only allowed inside a loop\(isContinue ? "" : ", if, do, or switch")", at: loc)
        }
        return t.id
    }

    /// The code of a `return`, and (when it returns a value) the value, so that
    /// `if c { return x }` can run as one closure.
    func checkReturnParts(_ value: Expr?, at loc: SourceLoc) throws(CheckError) -> (Exec, Typed?) {
        if !fn.deferBases.isEmpty {
            throw error("defer-transfer", "'return' cannot transfer control out of a defer statement", at: loc)
        }
        if fn.isTopLevel {
            throw error("return-outside-function", "return invalid outside of a func", at: loc)
        }
        if let st = fn.initializer {
            let t = try initializerReturn(st, value, at: loc)
            let f = t.code.value
            return ({ fp throws(Trap) in
                fp[0] = try f(fp)
                return .returned
            }, t)
        }
        guard let value else {
            if let r = fn.resultType, r != .void {
                throw error("missing-return-value", "non-void function should return a value", at: loc)
            }
            if fn.resultType == nil { fn.resultType = .void }
            return ({ fp in
                fp[0] = .void
                return .returned
            }, nil)
        }
        let t: Typed
        if let r = fn.resultType {
            if r == .void {
                let v = try check(value)
                if v.type != .void {
                    throw error("unexpected-return-value", "unexpected non-void return value in void function", at: value.loc)
                }
                t = v
            } else {
                t = try check(value, as: r, context: .returnValue)
            }
        } else {
            t = try check(value)
            fn.resultType = t.type
        }
        switch t.code {
        case .int(let g):
            return ({ fp throws(Trap) in
                fp[0] = .int(try g(fp))
                return .returned
            }, t)
        case .double(let g):
            return ({ fp throws(Trap) in
                fp[0] = .double(try g(fp))
                return .returned
            }, t)
        default:
            let f = t.code.value
            return ({ fp throws(Trap) in
                fp[0] = try f(fp)
                return .returned
            }, t)
        }
    }
}
