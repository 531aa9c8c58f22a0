/// One compiled top-level statement of a cell.
struct CompiledStatement {
    var exec: Exec
    var loc: SourceLoc
    /// Names it declares in the session (kept only if it completes).
    var declares: [String]
}

/// A checked cell, ready to run.
struct CompiledCell {
    var statements: [CompiledStatement]
    /// Top-level functions, made before the first statement runs (Swift hoists them).
    var functions: [(Ref, ValueCode)]
    var frameSize: Int
}

extension Checker {
    /// Checks a whole cell. Top-level `func`s are declared first (so statements may call them
    /// before their declaration, as in a Swift file) and compiled last (so their bodies see every
    /// global of the cell).
    func compileCell(_ stmts: [Stmt]) -> CompiledCell {
        // Structs and enums first (their names are types the functions' signatures may use).
        let methods = declareTypes(stmts)
        var functionDecls: [(FunctionDecl, FunctionSignature)] = []
        var generics: [GenericFunction] = []
        for s in stmts {
            guard case .function(let decl) = s.kind else { continue }
            do {
                if !decl.genericParams.isEmpty {
                    generics.append(try declareGeneric(decl))
                    continue
                }
                functionDecls.append((decl, try declareFunction(decl)))
            } catch {
                report(error)
                poison([decl.name])
            }
        }
        var compiled: [CompiledStatement] = []
        for (i, s) in stmts.enumerated() {
            declaredNames = []
            do {
                let exec: Exec
                if i == stmts.count - 1, case .expr(let e) = s.kind, let shown = try displayLastValue(s, e) {
                    exec = shown
                } else {
                    exec = try checkStmt(s)
                }
                var names = declaredNames
                if case .function(let decl) = s.kind { names = [decl.name] }
                if let type = s.declaredNames.first, s.kind.isTypeDeclaration {
                    names = [type] + methods.filter { $0.2.name == type }.map(\.0.name)
                }
                compiled.append(CompiledStatement(exec: exec, loc: s.loc, declares: names))
            } catch {
                report(error)
                poison(s.declaredNames)
            }
        }
        var functions: [(Ref, ValueCode)] = []
        for (decl, sig, type) in methods {
            do {
                functions.append(try compileTopLevelFunction(decl, sig, methodOf: type))
            } catch {
                report(error)
            }
        }
        for (decl, sig) in functionDecls {
            do {
                functions.append(try compileTopLevelFunction(decl, sig))
            } catch {
                report(error)
            }
        }
        for g in generics {
            do {
                try checkGenericBody(g)
            } catch {
                report(error)
            }
        }
        compilePendingInstantiations()
        return CompiledCell(statements: compiled, functions: functions, frameSize: fn.slotCount)
    }

    /// The last expression statement of a cell shows its value (unless it is `Void`).
    /// nil when the expression is not checked here (`checkStmt` does it).
    private func displayLastValue(_ s: Stmt, _ e: Expr) throws(CheckError) -> Exec? {
        switch e.kind.unparenthesised {
        case .assign, .compoundAssign, .closure: return nil
        case .call(let callee, _):
            // Calls of Void functions (print, append, ...) show nothing; find out cheaply.
            if case .name(let n) = callee.kind, ["print", "debugPrint", "show", "fatalError", "precondition", "assert"].contains(n), lookup(n) == nil { return nil }
        default: break
        }
        let t = try check(e)
        if t.type == .void {
            let f = t.code.value
            return { fp throws(Trap) in _ = try f(fp); return .normal }
        }
        // Functions and types have no text form to show: run the statement for its effects.
        if case .function = t.type { return try expressionStatement(s, e, t) }
        if case .metatype = t.type { return try expressionStatement(s, e, t) }
        try requirePrintable(t.type, at: e.loc)
        let f = t.code.value
        let type = t.type
        let lib = library
        let out = machine.output
        return { fp throws(Trap) in
            out.append(try lib.display(try f(fp), type))
            return .normal
        }
    }
}
