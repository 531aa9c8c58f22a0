@_spi(Compiler) import SwiftParser
import SwiftSyntax

extension Lowerer {
    mutating func lowerExpr(_ expr: ExprSyntax) -> Expr {
        if tooDeep(expr) { return Expr(.unsupported("deeply nested expressions"), loc(expr)) }
        depth += 1
        defer { depth -= 1 }
        let l = loc(expr)
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let i):
            guard let v = i.representedLiteralValue else {
                if i.literal.text.hasPrefix("0o") { return Expr(.unsupported("octal literals"), l) }
                return Expr(.unsupported("integer literal '\(i.literal.text)' above Int.max; a larger UInt64 can be written as arithmetic, such as UInt64.max - 1"), l)
            }
            return Expr(.intLiteral(v), l)
        case .floatLiteralExpr(let f):
            guard let v = f.representedLiteralValue else { return Expr(.unsupported("this floating-point literal"), l) }
            let e = Expr(.floatLiteral(v), l)
            e.literalText = String(f.literal.text.filter { $0 != "_" })
            return e
        case .booleanLiteralExpr(let b):
            return Expr(.boolLiteral(b.literal.tokenKind == .keyword(.true)), l)
        case .nilLiteralExpr:
            return Expr(.nilLiteral, l)
        case .stringLiteralExpr(let s):
            return lowerString(s)
        case .simpleStringLiteralExpr:
            return Expr(.unsupported("this string literal"), l)
        case .declReferenceExpr(let d):
            if d.argumentNames != nil { return Expr(.unsupported("references to functions by their argument labels"), l) }
            if d.baseName.tokenKind == .keyword(.self), d.argumentNames == nil {
                // Only a method of a struct has a `self`; elsewhere the checker says so.
                return Expr(.name("self"), l)
            }
            if d.baseName.tokenKind == .keyword(.Self) {
                // The enclosing struct or enum (as a value: `Self.count`, `Self(x: 1)`).
                return Expr(.name("Self"), l)
            }
            return Expr(.name(d.baseName.text), l)
        case .memberAccessExpr(let m):
            if m.declName.argumentNames != nil { return Expr(.unsupported("references to methods by their argument labels"), l) }
            let name = m.declName.baseName.text
            guard let base = m.base else { return Expr(.implicitMember(name), l) }
            if case .integerLiteral = m.declName.baseName.tokenKind, let index = Int(name) {
                return Expr(.tupleIndex(lowerExpr(base), index), loc(m.declName))
            }
            if name == "self" { return Expr(.unsupported("'.self'"), loc(m.declName)) }
            return Expr(.member(lowerExpr(base), name, nameLoc: loc(m.declName)), loc(m.declName))
        case .functionCallExpr(let c):
            var args = lowerArguments(c.arguments)
            if let t = c.trailingClosure { args.append(Argument(label: nil, value: lowerClosure(t), loc: loc(t), isTrailing: true)) }
            for extra in c.additionalTrailingClosures {
                args.append(Argument(label: extra.label.text, value: lowerClosure(extra.closure), loc: loc(extra)))
            }
            return Expr(.call(lowerExpr(c.calledExpression), args), l)
        case .subscriptCallExpr(let s):
            if s.trailingClosure != nil { return Expr(.unsupported("trailing closures in subscripts"), l) }
            return Expr(.subscriptCall(lowerExpr(s.calledExpression), lowerArguments(s.arguments)), loc(s.leftSquare))
        case .infixOperatorExpr(let i):
            return lowerInfix(i)
        case .prefixOperatorExpr(let p):
            switch p.operator.text {
            case "..<": return Expr(.partialRange(.upTo, lowerExpr(p.expression)), l)
            case "...": return Expr(.partialRange(.through, lowerExpr(p.expression)), l)
            default: return Expr(.prefix(p.operator.text, lowerExpr(p.expression)), l)
            }
        case .postfixOperatorExpr(let p):
            if p.operator.text == "..." { return Expr(.partialRange(.from, lowerExpr(p.expression)), l) }
            return Expr(.unsupported("postfix operator '\(p.operator.text)'"), loc(p.operator))
        case .forceUnwrapExpr(let f):
            return Expr(.forceUnwrap(lowerExpr(f.expression)), loc(f.exclamationMark))
        case .optionalChainingExpr(let o):
            return Expr(.optionalChain(lowerExpr(o.expression)), l)
        case .ternaryExpr(let t):
            return Expr(.ternary(lowerExpr(t.condition), lowerExpr(t.thenExpression), lowerExpr(t.elseExpression)), loc(t.questionMark))
        case .tupleExpr(let t):
            if t.elements.count == 1, let only = t.elements.first, only.label == nil {
                return Expr(.paren(lowerExpr(only.expression)), l)
            }
            return Expr(.tuple(t.elements.map { (label: $0.label?.text, value: lowerExpr($0.expression)) }), l)
        case .arrayExpr(let a):
            return Expr(.array(a.elements.map { lowerExpr($0.expression) }), l)
        case .dictionaryExpr(let d):
            switch d.content {
            case .colon: return Expr(.dictionary([]), l)
            case .elements(let elements):
                return Expr(.dictionary(elements.map { (lowerExpr($0.key), lowerExpr($0.value)) }), l)
            }
        case .closureExpr(let c):
            return lowerClosure(c)
        case .discardAssignmentExpr:
            return Expr(.discard, l)
        case .typeExpr(let t):
            return Expr(.typeExpr(lowerType(t.type)), l)
        case .ifExpr:
            return Expr(.unsupported("'if' expressions"), l)
        case .switchExpr:
            return Expr(.unsupported("'switch' expressions"), l)
        case .tryExpr(let t):
            let kind: TryKind
            switch t.questionOrExclamationMark?.tokenKind {
            case .postfixQuestionMark?: kind = .optional
            case .exclamationMark?: kind = .forced
            default: kind = .plain
            }
            return Expr(.tryExpr(kind, lowerExpr(t.expression)), l)
        case .awaitExpr: return Expr(.unsupported("'await'"), l)
        case .asExpr(let a):
            let kind: CastKind
            switch a.questionOrExclamationMark?.tokenKind {
            case .postfixQuestionMark?: kind = .conditional
            case .exclamationMark?: kind = .forced
            default: kind = .upcast
            }
            return Expr(.cast(lowerExpr(a.expression), kind, lowerType(a.type)), loc(a.asKeyword))
        case .isExpr(let i): return Expr(.cast(lowerExpr(i.expression), .check, lowerType(i.type)), loc(i.isKeyword))
        case .keyPathExpr: return Expr(.unsupported("key paths"), l)
        case .macroExpansionExpr: return Expr(.unsupported("macros"), l)
        case .inOutExpr(let io): return Expr(.inoutArgument(lowerExpr(io.expression)), l)
        case .regexLiteralExpr: return Expr(.unsupported("regex literals"), l)
        case .superExpr: return Expr(.unsupported("'super'"), l)
        case .packExpansionExpr, .packElementExpr: return Expr(.unsupported("parameter packs"), l)
        case .genericSpecializationExpr: return Expr(.unsupported("explicit generic arguments"), l)
        case .patternExpr: return Expr(.unsupported("patterns outside 'case'"), l)
        case .sequenceExpr: return Expr(.unsupported("this operator sequence"), l)
        case .copyExpr, .consumeExpr, .borrowExpr: return Expr(.unsupported("ownership operators"), l)
        default:
            return Expr(.unsupported("this expression"), l)
        }
    }

    mutating func lowerArguments(_ list: LabeledExprListSyntax) -> [Argument] {
        list.map { Argument(label: $0.label?.text, value: lowerExpr($0.expression), loc: loc($0)) }
    }

    mutating func lowerInfix(_ i: InfixOperatorExprSyntax) -> Expr {
        let lhs = lowerExpr(i.leftOperand)
        let rhs = lowerExpr(i.rightOperand)
        let opLoc = loc(i.operator)
        if i.operator.is(AssignmentExprSyntax.self) { return Expr(.assign(lhs, rhs), opLoc) }
        guard let op = i.operator.as(BinaryOperatorExprSyntax.self) else {
            return Expr(.unsupported("this operator"), opLoc)
        }
        let text = op.operator.text
        let compound = ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*="]
        if compound.contains(text) {
            return Expr(.compoundAssign(String(text.dropLast()), lhs, rhs, opLoc: opLoc), opLoc)
        }
        return Expr(.binary(text, lhs, rhs, opLoc: opLoc), lhs.loc)
    }

    mutating func lowerString(_ s: StringLiteralExprSyntax) -> Expr {
        let l = loc(s)
        if s.openingQuote.tokenKind == .singleQuote { return Expr(.unsupported("single-quoted literals"), l) }
        guard let kind = s.stringLiteralKind else { return Expr(.unsupported("this string literal"), l) }
        var parts: [StringPart] = []
        for segment in s.segments {
            switch segment {
            case .stringSegment(let text):
                var value = ""
                text.appendUnescapedLiteralValue(stringLiteralKind: kind, delimiterLength: s.delimiterLength, to: &value)
                parts.append(.text(value))
            case .expressionSegment(let e):
                guard e.expressions.count == 1, let only = e.expressions.first, only.label == nil else {
                    parts.append(.interpolation(Expr(.unsupported("interpolations with labels or several values"), loc(e))))
                    continue
                }
                parts.append(.interpolation(lowerExpr(only.expression)))
            }
        }
        let e = Expr(.stringLiteral(parts), l)
        let open = loc(s.openingQuote)
        if kind == .multiLine {
            let close = loc(s.closingQuote)
            e.textOrigin = TextOrigin(firstLine: open.line + 1, firstColumn: close.column, indentColumn: close.column, cell: l.cell)
        } else {
            let column = open.column + s.openingQuote.text.count
            e.textOrigin = TextOrigin(firstLine: open.line, firstColumn: column, indentColumn: column, cell: l.cell)
        }
        return e
    }

    mutating func lowerClosure(_ c: ClosureExprSyntax) -> Expr {
        let l = loc(c)
        var params: [ClosureParam]?
        var returnType: TypeRepr?
        if let sig = c.signature {
            if sig.capture != nil { return Expr(.unsupported("capture lists"), loc(sig.capture!)) }
            if !sig.attributes.isEmpty { return Expr(.unsupported("closure attributes"), loc(sig.attributes)) }
            if sig.effectSpecifiers != nil { return Expr(.unsupported("throwing or async closures"), loc(sig.effectSpecifiers!)) }
            returnType = sig.returnClause.map { lowerType($0.type) }
            switch sig.parameterClause {
            case .simpleInput(let list):
                params = list.map { ClosureParam(name: $0.name.text, type: nil, loc: loc($0)) }
            case .parameterClause(let clause):
                var result: [ClosureParam] = []
                for p in clause.parameters {
                    if p.ellipsis != nil { return Expr(.unsupported("variadic parameters"), loc(p)) }
                    result.append(ClosureParam(name: (p.secondName ?? p.firstName).text, type: p.type.map { lowerType($0) }, loc: loc(p)))
                }
                params = result
            case nil:
                params = []
            }
        }
        return Expr(.closure(ClosureLiteral(params: params, returnType: returnType, body: lower(c.statements), loc: l, endLoc: loc(c.rightBrace))), l)
    }
}
