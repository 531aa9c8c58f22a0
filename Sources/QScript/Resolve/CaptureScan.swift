/// Finds the names referenced inside closures and nested functions of a body.
///
/// A local variable with such a name is stored in a box, so closures share it by reference as
/// Swift's closures do. The scan is by name (it ignores shadowing), so it may box a variable
/// that needs no box: that is only slower, never different.
struct CaptureScan {
    private(set) var names: Set<String> = []
    private var nesting = 0

    static func names(in stmts: [Stmt]) -> Set<String> {
        var scan = CaptureScan()
        scan.visit(stmts)
        return scan.names
    }

    static func names(in expr: Expr) -> Set<String> {
        var scan = CaptureScan()
        scan.visit(expr)
        return scan.names
    }

    private mutating func visit(_ stmts: [Stmt]) {
        for s in stmts { visit(s) }
    }

    private mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .expr(let e): visit(e)
        case .variable(_, _, _, let e): if let e { visit(e) }
        case .function(let f):
            nesting += 1
            for p in f.params { if let d = p.defaultValue { visit(d) } }
            visit(f.body)
            nesting -= 1
        case .structDecl(let d):
            nesting += 1
            for f in d.fields {
                if let v = f.defaultValue { visit(v) }
                for a in [f.willSet, f.didSet].compactMap({ $0 }) { visit(a.body) }
            }
            visit(d.members)
            nesting -= 1
        case .enumDecl(let d):
            nesting += 1
            visit(d.members)
            nesting -= 1
        case .ifStmt(let conds, let body, let elseStmt):
            visit(conds)
            visit(body)
            if let elseStmt { visit(elseStmt) }
        case .guardStmt(let conds, let body, _):
            visit(conds)
            visit(body)
        case .whileStmt(_, let conds, let body):
            visit(conds)
            visit(body)
        case .repeatWhile(_, let body, let cond):
            visit(body)
            visit(cond)
        case .forIn(_, _, let seq, let w, let body):
            visit(seq)
            if let w { visit(w) }
            visit(body)
        case .switchStmt(_, let subject, let cases):
            visit(subject)
            for c in cases {
                for (p, g) in c.patterns {
                    visit(p)
                    if let g { visit(g) }
                }
                visit(c.body)
            }
        case .block(let b), .declarationGroup(let b), .deferStmt(let b): visit(b)
        case .returnStmt(let e): if let e { visit(e) }
        case .throwStmt(let e): visit(e)
        case .doCatch(let body, let clauses):
            visit(body)
            for c in clauses {
                for (p, g) in c.patterns {
                    visit(p)
                    if let g { visit(g) }
                }
                visit(c.body)
            }
        case .breakStmt, .continueStmt, .importDecl, .unsupported: break
        }
    }

    private mutating func visit(_ conds: [Condition]) {
        for c in conds {
            switch c {
            case .expr(let e): visit(e)
            case .optionalBinding(_, let name, _, let value, _):
                if let value { visit(value) } else if nesting > 0 { names.insert(name) }
            case .casePattern(let p, let value, _):
                visit(p)
                visit(value)
            }
        }
    }

    private mutating func visit(_ members: TypeMemberDecls) {
        for c in members.computed + members.staticComputed {
            visit(c.body)
            if let s = c.setter { visit(s.body) }
        }
        let functions = (members.methods + members.staticMethods).map(\.decl) + members.initializers.map(\.decl)
        for f in functions {
            for p in f.params { if let v = p.defaultValue { visit(v) } }
            visit(f.body)
        }
        for s in members.staticProperties { visit(s.value) }
    }

    private mutating func visit(_ p: Pattern) {
        switch p {
        case .expr(let e): visit(e)
        case .tuple(let ps, _): for q in ps { visit(q) }
        case .binding(_, let q, _), .optional(let q, _): visit(q)
        case .enumCase(let c): for q in c.payload ?? [] { visit(q.pattern) }
        case .cast(let q, _, _): visit(q)
        case .name, .wildcard, .isType: break
        }
    }

    private mutating func visit(_ e: Expr) {
        switch e.kind {
        case .name(let n): if nesting > 0 { names.insert(n) }
        case .closure(let c):
            nesting += 1
            visit(c.body)
            nesting -= 1
        case .member(let b, _, _), .tupleIndex(let b, _), .prefix(_, let b), .forceUnwrap(let b), .partialRange(_, let b),
             .optionalChain(let b), .paren(let b), .inoutArgument(let b), .tryExpr(_, let b), .cast(let b, _, _):
            visit(b)
        case .call(let f, let args), .subscriptCall(let f, let args):
            visit(f)
            for a in args { visit(a.value) }
        case .binary(_, let a, let b, _), .assign(let a, let b), .compoundAssign(_, let a, let b, _):
            visit(a)
            visit(b)
        case .ternary(let a, let b, let c):
            visit(a)
            visit(b)
            visit(c)
        case .array(let xs): for x in xs { visit(x) }
        case .dictionary(let kvs):
            for (k, v) in kvs {
                visit(k)
                visit(v)
            }
        case .tuple(let xs): for x in xs { visit(x.value) }
        case .stringLiteral(let parts):
            for case .interpolation(let x) in parts { visit(x) }
        case .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral, .implicitMember, .discard, .typeExpr, .unsupported:
            break
        }
    }
}
