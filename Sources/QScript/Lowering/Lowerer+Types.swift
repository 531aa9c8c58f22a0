import SwiftSyntax

extension Lowerer {
    mutating func lowerType(_ type: TypeSyntax) -> TypeRepr {
        let l = loc(type)
        if let id = type.as(IdentifierTypeSyntax.self) {
            if let generic = id.genericArgumentClause {
                let args = generic.arguments.compactMap { arg -> TypeRepr? in
                    if case .type(let t) = arg.argument { return lowerType(t) }
                    return nil
                }
                switch (id.name.text, args.count) {
                case ("Array", 1): return .array(args[0])
                case ("Optional", 1): return .optional(args[0])
                case ("Dictionary", 2): return .dictionary(args[0], args[1])
                default: return .named("\(id.name.text)<...>", l)
                }
            }
            return .named(id.name.text, l)
        }
        if let a = type.as(ArrayTypeSyntax.self) { return .array(lowerType(a.element)) }
        if let d = type.as(DictionaryTypeSyntax.self) { return .dictionary(lowerType(d.key), lowerType(d.value)) }
        if let o = type.as(OptionalTypeSyntax.self) { return .optional(lowerType(o.wrappedType)) }
        if let t = type.as(TupleTypeSyntax.self) {
            if t.elements.count == 1, let only = t.elements.first, only.firstName == nil { return lowerType(only.type) }
            return .tuple(t.elements.map { (label: $0.firstName?.text, type: lowerType($0.type)) })
        }
        if let f = type.as(FunctionTypeSyntax.self) {
            if f.effectSpecifiers != nil { return .named("'\(f.trimmedDescription)' (throwing or async function types)", l) }
            return .function(f.parameters.map { lowerType($0.type) }, lowerType(f.returnClause.type))
        }
        if let a = type.as(AttributedTypeSyntax.self) {
            // `@escaping` changes nothing here: every closure may escape.
            let onlyEscaping = a.specifiers.isEmpty && a.attributes.allSatisfy {
                $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "escaping"
            }
            if onlyEscaping { return lowerType(a.baseType) }
            return .named("'\(a.trimmedDescription)'", l)
        }
        if let m = type.as(MemberTypeSyntax.self) { return .named(m.trimmedDescription, l) }
        if let s = type.as(SomeOrAnyTypeSyntax.self) {
            if s.someOrAnySpecifier.tokenKind == .keyword(.any) { return .existential(lowerType(s.constraint), l) }
            return .named("opaque types ('some')", l)
        }
        return .named(type.trimmedDescription, l)
    }

    /// Patterns of declarations and `for` loops: names, `_`, and tuples of those.
    mutating func lowerBindingPattern(_ p: PatternSyntax) -> Pattern {
        let l = loc(p)
        if let id = p.as(IdentifierPatternSyntax.self) { return .name(id.identifier.text, l) }
        if p.is(WildcardPatternSyntax.self) { return .wildcard(l) }
        if let t = p.as(TuplePatternSyntax.self) {
            return .tuple(t.elements.map { lowerBindingPattern($0.pattern) }, l)
        }
        return .expr(Expr(.unsupported("this pattern"), l))
    }

    /// Patterns of `case`: expressions, `let` bindings, `_`, and tuples of those.
    mutating func lowerCasePattern(_ p: PatternSyntax) -> Pattern {
        let l = loc(p)
        if let v = p.as(ValueBindingPatternSyntax.self) {
            return .binding(isLet: v.bindingSpecifier.tokenKind == .keyword(.let), lowerCasePattern(v.pattern), l)
        }
        if let id = p.as(IdentifierPatternSyntax.self) { return .name(id.identifier.text, l) }
        if p.is(WildcardPatternSyntax.self) { return .wildcard(l) }
        if let t = p.as(TuplePatternSyntax.self) {
            return .tuple(t.elements.map { lowerCasePattern($0.pattern) }, l)
        }
        if let e = p.as(ExpressionPatternSyntax.self) { return lowerPatternExpr(e.expression) }
        if let i = p.as(IsTypePatternSyntax.self) { return .isType(lowerType(i.type), l) }
        return .expr(Expr(.unsupported("this pattern"), l))
    }

    /// Inside `case`, a tuple expression may hold patterns (`(let x, 0)`), and `_` is a wildcard.
    mutating func lowerPatternExpr(_ e: ExprSyntax) -> Pattern {
        let l = loc(e)
        if let p = e.as(PatternExprSyntax.self) { return lowerCasePattern(p.pattern) }
        if e.is(DiscardAssignmentExprSyntax.self) { return .wildcard(l) }
        if let o = e.as(OptionalChainingExprSyntax.self) { return .optional(lowerPatternExpr(o.expression), l) }
        if let t = e.as(TupleExprSyntax.self), t.elements.count != 1 {
            if t.elements.contains(where: { $0.label != nil }) { return .expr(Expr(.unsupported("labelled tuple patterns"), l)) }
            return .tuple(t.elements.map { lowerPatternExpr($0.expression) }, l)
        }
        if let t = e.as(TupleExprSyntax.self), let only = t.elements.first, only.label == nil {
            return lowerPatternExpr(only.expression)
        }
        if let c = enumCasePattern(e) { return .enumCase(c) }
        if let a = e.as(AsExprSyntax.self), a.questionOrExclamationMark == nil {
            // `let x as T`: the sub-pattern, then the type.
            return .cast(lowerPatternExpr(a.expression), lowerType(a.type), loc(a.asKeyword))
        }
        return .expr(lowerExpr(e))
    }

    /// `.north`, `Direction.north`, `.circle(let r)`, `Shape.rect(_, let h)`: what may be an enum
    /// case pattern (the checker decides, by the subject's type).
    mutating func enumCasePattern(_ e: ExprSyntax) -> EnumCasePattern? {
        var payload: [(label: String?, pattern: Pattern)]?
        var callee = e
        if let call = e.as(FunctionCallExprSyntax.self), call.trailingClosure == nil, call.additionalTrailingClosures.isEmpty {
            guard call.calledExpression.is(MemberAccessExprSyntax.self) else { return nil }
            callee = call.calledExpression
            payload = call.arguments.map { (label: $0.label?.text, pattern: lowerPatternExpr($0.expression)) }
        }
        guard let m = callee.as(MemberAccessExprSyntax.self), m.declName.argumentNames == nil else { return nil }
        var typeName: String?
        if let base = m.base {
            guard let ref = base.as(DeclReferenceExprSyntax.self), ref.argumentNames == nil else { return nil }
            typeName = ref.baseName.text
        }
        return EnumCasePattern(typeName: typeName, name: m.declName.baseName.text, payload: payload, expr: lowerExpr(e), loc: loc(m.declName))
    }
}
