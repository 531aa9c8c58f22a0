import SwiftSyntax

extension Lowerer {
    mutating func lowerStmt(_ stmt: StmtSyntax, label: String? = nil) -> Stmt {
        let l = loc(stmt)
        if let e = stmt.as(ExpressionStmtSyntax.self) {
            if let i = e.expression.as(IfExprSyntax.self) { return lowerIf(i) }
            if let s = e.expression.as(SwitchExprSyntax.self) { return lowerSwitch(s, label: label) }
            return Stmt(.expr(lowerExpr(e.expression)), l)
        }
        if let labeled = stmt.as(LabeledStmtSyntax.self) {
            let inner = labeled.statement
            if inner.is(ForStmtSyntax.self) || inner.is(WhileStmtSyntax.self) || inner.is(RepeatStmtSyntax.self)
                || inner.as(ExpressionStmtSyntax.self)?.expression.is(SwitchExprSyntax.self) == true {
                return lowerStmt(inner, label: labeled.label.text)
            }
            return Stmt(.unsupported("labels on statements other than loops and switch"), l)
        }
        if let g = stmt.as(GuardStmtSyntax.self) {
            return Stmt(.guardStmt(lowerConditions(g.conditions), lowerBlock(g.body), end: loc(g.body.rightBrace)), l)
        }
        if let w = stmt.as(WhileStmtSyntax.self) {
            return Stmt(.whileStmt(label: label, lowerConditions(w.conditions), lowerBlock(w.body)), l)
        }
        if let r = stmt.as(RepeatStmtSyntax.self) {
            return Stmt(.repeatWhile(label: label, lowerBlock(r.body), lowerExpr(r.condition)), l)
        }
        if let f = stmt.as(ForStmtSyntax.self) {
            if f.tryKeyword != nil || f.awaitKeyword != nil { return Stmt(.unsupported("'for try await' loops"), l) }
            if f.typeAnnotation != nil { return Stmt(.unsupported("type annotations on loop variables"), loc(f.typeAnnotation!)) }
            if f.caseKeyword != nil {
                // `for case p in s where w { body }` runs as `for e in s { if case p = e, w { body } }`
                // (`$case` cannot be a name in the cell's code).
                let element = Expr(.name("$case"), loc(f.pattern))
                var conds: [Condition] = [.casePattern(lowerCasePattern(f.pattern), element, loc: loc(f.pattern))]
                if let w = f.whereClause { conds.append(.expr(lowerExpr(w.condition))) }
                let body = Stmt(.ifStmt(conds, lowerBlock(f.body), nil), loc(f.body))
                return Stmt(.forIn(label: label, .name("$case", loc(f.pattern)), lowerExpr(f.sequence), whereClause: nil, [body]), l)
            }
            return Stmt(.forIn(label: label, lowerBindingPattern(f.pattern), lowerExpr(f.sequence),
                               whereClause: f.whereClause.map { lowerExpr($0.condition) }, lowerBlock(f.body)), l)
        }
        if let r = stmt.as(ReturnStmtSyntax.self) {
            return Stmt(.returnStmt(r.expression.map { lowerExpr($0) }), l)
        }
        if let b = stmt.as(BreakStmtSyntax.self) { return Stmt(.breakStmt(b.label?.text), l) }
        if let c = stmt.as(ContinueStmtSyntax.self) { return Stmt(.continueStmt(c.label?.text), l) }
        if let d = stmt.as(DoStmtSyntax.self) {
            if let t = d.throwsClause { return Stmt(.unsupported("typed throws ('do throws(...)')"), loc(t)) }
            if d.catchClauses.isEmpty { return Stmt(.block(lowerBlock(d.body)), l) }
            var clauses: [CatchClause] = []
            for c in d.catchClauses {
                let patterns = c.catchItems.map { item -> (Pattern, guardExpr: Expr?) in
                    (item.pattern.map { lowerCasePattern($0) } ?? .wildcard(loc(item)), item.whereClause.map { lowerExpr($0.condition) })
                }
                clauses.append(CatchClause(patterns: patterns, body: lowerBlock(c.body), loc: loc(c.catchKeyword)))
            }
            return Stmt(.doCatch(lowerBlock(d.body), clauses), l)
        }
        if let t = stmt.as(ThrowStmtSyntax.self) { return Stmt(.throwStmt(lowerExpr(t.expression)), l) }
        if let d = stmt.as(DeferStmtSyntax.self) { return Stmt(.deferStmt(lowerBlock(d.body)), l) }
        let name: String
        switch stmt.kind {
        case .fallThroughStmt: name = "'fallthrough'"
        case .discardStmt: name = "'discard' statements"
        case .yieldStmt: name = "'yield' statements"
        default: name = "this statement"
        }
        return Stmt(.unsupported(name), l)
    }

    mutating func lowerConditions(_ list: ConditionElementListSyntax) -> [Condition] {
        var result: [Condition] = []
        for element in list {
            switch element.condition {
            case .expression(let e):
                result.append(.expr(lowerExpr(e)))
            case .optionalBinding(let b):
                let isLet = b.bindingSpecifier.tokenKind == .keyword(.let)
                guard let id = b.pattern.as(IdentifierPatternSyntax.self) else {
                    result.append(.expr(Expr(.unsupported("this pattern in an optional binding"), loc(b.pattern))))
                    continue
                }
                result.append(.optionalBinding(isLet: isLet, name: id.identifier.text,
                                               type: b.typeAnnotation.map { lowerType($0.type) },
                                               value: b.initializer.map { lowerExpr($0.value) }, loc: loc(b)))
            case .matchingPattern(let m):
                if let t = m.typeAnnotation {
                    result.append(.expr(Expr(.unsupported("type annotations in 'case' conditions"), loc(t))))
                    continue
                }
                result.append(.casePattern(lowerCasePattern(m.pattern), lowerExpr(m.initializer.value), loc: loc(m)))
            case .availability(let a):
                result.append(.expr(Expr(.unsupported("availability conditions"), loc(a))))
            }
        }
        return result
    }

    mutating func lowerIf(_ i: IfExprSyntax) -> Stmt {
        let elseStmt: Stmt?
        switch i.elseBody {
        case .ifExpr(let nested): elseStmt = lowerIf(nested)
        case .codeBlock(let block): elseStmt = Stmt(.block(lowerBlock(block)), loc(block))
        case nil: elseStmt = nil
        }
        return Stmt(.ifStmt(lowerConditions(i.conditions), lowerBlock(i.body), elseStmt), loc(i))
    }

    mutating func lowerSwitch(_ s: SwitchExprSyntax, label: String?) -> Stmt {
        var cases: [SwitchCase] = []
        for element in s.cases {
            guard case .switchCase(let c) = element else {
                return Stmt(.unsupported("'#if' inside switch"), loc(element))
            }
            if let a = c.attribute { return Stmt(.unsupported("attributes on cases"), loc(a)) }
            var patterns: [(Pattern, guardExpr: Expr?)] = []
            if case .case(let caseLabel) = c.label {
                for item in caseLabel.caseItems {
                    patterns.append((lowerCasePattern(item.pattern), item.whereClause.map { lowerExpr($0.condition) }))
                }
            }
            cases.append(SwitchCase(patterns: patterns, body: lower(c.statements), loc: loc(c)))
        }
        return Stmt(.switchStmt(label: label, lowerExpr(s.subject), cases), loc(s))
    }
}
