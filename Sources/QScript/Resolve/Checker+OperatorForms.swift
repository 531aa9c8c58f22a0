/// The conditional forms among the operators: `? :`, `??`, and the range operators.
extension Checker {
    func checkTernary(_ c: Expr, _ a: Expr, _ b: Expr, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        let cond = try check(c, as: .bool, context: .condition).code.bool
        var (x, y): (Typed, Typed)
        /// `c ? x : nil` without a context: the other branch's type, made optional.
        func context(for e: Expr, beside t: QType) -> QType {
            if case .nilLiteral = e.kind.unparenthesised, t.optionalWrapped == nil { return .optional(t) }
            return t
        }
        if literalKind(a) != nil && literalKind(b) == nil || needsContext(a) && !needsContext(b) {
            y = try check(b, expected: expected)
            x = try check(a, expected: expected ?? context(for: a, beside: y.type))
        } else {
            x = try check(a, expected: expected)
            let kind = literalKind(b)
            y = try check(b, expected: expected ?? (kind == .double && x.type == .int && literalKind(a) != nil ? nil : context(for: b, beside: x.type)))
            if literalKind(a) != nil && y.type == .double && x.type == .int { x = try check(a, expected: .double) }
        }
        if x.type != y.type {
            if case .optional(let w) = x.type, w == y.type { y = try convert(y, to: x.type, context: .argument, at: b.loc) }
            else if case .optional(let w) = y.type, w == x.type { x = try convert(x, to: y.type, context: .argument, at: a.loc) }
            else {
                throw error("type-mismatch", "result values in '? :' expression have mismatching types '\(x.type)' and '\(y.type)'", at: loc)
            }
        }
        let t = x.type
        switch t {
        case .int:
            let f = x.code.int, g = y.code.int
            return Typed(t, .int { fp throws(Trap) in try cond(fp) ? f(fp) : g(fp) })
        case .double:
            let f = x.code.double, g = y.code.double
            return Typed(t, .double { fp throws(Trap) in try cond(fp) ? f(fp) : g(fp) })
        default:
            let f = x.code.value, g = y.code.value
            return Typed(t, .make(t) { fp throws(Trap) in try cond(fp) ? f(fp) : g(fp) })
        }
    }

    func checkNilCoalescing(_ l: Expr, _ r: Expr, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        let a = try check(l, expected: expected.map { .optional($0.optionalWrappedOrSelf) })
        guard case .optional(let w) = a.type else {
            // Swift accepts this with a warning; the left side is simply the value.
            return a
        }
        var b = try check(r, expected: expected ?? w)
        if b.type != w, b.type != a.type, let boxed = boxAsExistential(b, to: w) { b = boxed }
        let resultType: QType
        if b.type == w { resultType = w } else if b.type == a.type { resultType = a.type } else {
            throw error("type-mismatch", "cannot convert value of type '\(b.type)' to expected argument type '\(w)'", at: r.loc)
        }
        let f = a.code.value, g = b.code.value
        return Typed(resultType, .make(resultType) { fp throws(Trap) in
            let v = try f(fp)
            if case .none = v { return try g(fp) }
            return v
        })
    }

    func checkRange(_ op: String, _ l: Expr, _ r: Expr, at loc: SourceLoc) throws(CheckError) -> Typed {
        let (a, b) = try checkOperands(op, l, r, expected: nil)
        guard a.type == .int, b.type == .int else {
            if a.type == b.type, a.type == .double {
                throw unsupported("ranges of 'Double' outside 'switch' cases", at: loc)
            }
            if a.type == b.type, a.type.isOtherNumber {
                throw unsupported("ranges of '\(a.type)' (convert the bounds to 'Int')", at: loc)
            }
            throw error("operand-types", "binary operator '\(op)' cannot be applied to operands of type '\(a.type)' and '\(b.type)'", at: loc)
        }
        let f = a.code.int, g = b.code.int
        let closed = op == "..."
        return Typed(.range(.int, closed: closed), .value { fp throws(Trap) in
            let lo = try f(fp), hi = try g(fp)
            if closed ? hi < lo : hi < lo {
                throw Trap(id: "invalid-range", message: closed ? "range requires lowerBound <= upperBound" : "range requires lowerBound <= upperBound", loc: loc)
            }
            return .range(RangeValue(lower: lo, upper: hi, step: 1, closed: closed))
        })
    }
}
