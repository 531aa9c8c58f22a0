extension Checker {
    static let arithmeticOps: Set<String> = ["+", "-", "*", "/", "%", "&+", "&-", "&*"]
    static let bitOps: Set<String> = ["&", "|", "^", "<<", ">>", "&<<", "&>>"]
    static let comparisonOps: Set<String> = ["==", "!=", "<", "<=", ">", ">="]

    /// `.int`/`.double` when `e` is built only from numeric literals (`2`, `-1.5`, `(1 + 2) * 3`),
    /// whose type Swift takes from the context.
    func literalKind(_ e: Expr) -> QType? {
        switch e.kind {
        case .intLiteral: return .int
        case .floatLiteral: return .double
        case .paren(let x): return literalKind(x)
        case .prefix(let op, let x) where op == "-" || op == "+": return literalKind(x)
        case .binary(let op, let a, let b, _) where Checker.arithmeticOps.contains(op):
            guard let ka = literalKind(a), let kb = literalKind(b) else { return nil }
            return ka == .double || kb == .double ? .double : .int
        default: return nil
        }
    }

    /// `3`, `-2.5`, `(7)`: one number literal, possibly signed or parenthesised.
    func isBareNumberLiteral(_ e: Expr) -> Bool {
        switch e.kind {
        case .intLiteral, .floatLiteral: return true
        case .paren(let x): return isBareNumberLiteral(x)
        case .prefix(let op, let x) where op == "-" || op == "+": return isBareNumberLiteral(x)
        default: return false
        }
    }

    /// Literals whose type comes from context but are not numeric: `nil`, `[]`, `[:]`, `[1, 2]`.
    func needsContext(_ e: Expr) -> Bool {
        switch e.kind {
        case .nilLiteral: return true
        case .array(let xs): return xs.isEmpty || xs.allSatisfy { literalKind($0) != nil || needsContext($0) }
        case .dictionary(let kvs): return kvs.isEmpty
        case .paren(let x): return needsContext(x)
        case .implicitMember: return true
        default: return false
        }
    }

    func checkOperands(_ op: String, _ l: Expr, _ r: Expr, expected: QType?) throws(CheckError) -> (Typed, Typed) {
        let resultContext = Checker.arithmeticOps.contains(op) || Checker.bitOps.contains(op) ? expected : nil
        let lk = literalKind(l), rk = literalKind(r)
        if let lk, let rk {
            var t: QType = resultContext?.literalBase ?? (lk == .double || rk == .double ? .double : .int)
            if (Checker.bitOps.contains(op) && !t.isFixedWidth) || op == "..<" || op == "..." { t = .int }
            return (try check(l, expected: t), try check(r, expected: t))
        }
        if lk != nil || (needsContext(l) && !needsContext(r)) {
            let rt = try check(r, expected: resultContext)
            let lt = try check(l, expected: contextForOther(rt.type, op))
            return (lt, rt)
        }
        let lt = try check(l, expected: resultContext)
        let rt = try check(r, expected: contextForOther(lt.type, op))
        return (lt, rt)
    }

    private func contextForOther(_ t: QType, _ op: String) -> QType {
        if (op == "==" || op == "!=") && t.optionalWrapped == nil { return .optional(t) }
        if op == "<<" || op == ">>" { return .int }
        return t
    }

    func checkBinary(_ op: String, _ l: Expr, _ r: Expr, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        switch op {
        case "~=":
            // `pattern ~= value`, as a `case` tests it. The pattern's bounds are read when the
            // value is tested, after it: only side-effect-free patterns keep Swift's order.
            guard isSideEffectFree(l) else { throw unsupported("'~=' with a pattern whose evaluation has side effects", at: loc) }
            let v = try check(r)
            let match = try expressionPattern(l, type: v.type)
            let f = v.code.value
            return Typed(.bool, .bool { fp throws(Trap) in try match(fp, try f(fp)) })
        case "&&", "||":
            let a = try check(l, as: .bool, context: .argument).code.bool
            let b = try check(r, as: .bool, context: .argument).code.bool
            if op == "&&" {
                return Typed(.bool, .bool { fp throws(Trap) in
                    if !(try a(fp)) { return false }
                    return try b(fp)
                })
            }
            return Typed(.bool, .bool { fp throws(Trap) in
                if try a(fp) { return true }
                return try b(fp)
            })
        case "??":
            return try checkNilCoalescing(l, r, expected: expected, at: loc)
        case "..<", "...":
            return try checkRange(op, l, r, at: loc)
        case "===", "!==", "->":
            throw unsupported("the '\(op)' operator", at: loc)
        default:
            break
        }
        if OperatorInference.applies(to: op, l, r, self) {
            // The operands' types come from the overloads (`.z(0) + .x(1)`): Swift's resolution.
            return try OperatorInference(self).resolve(op, l, r, expected: expected, at: loc)
        }
        return try checkBuiltinBinary(op, l, r, expected: expected, at: loc)
    }

    /// A binary operator whose operands are typed on their own (or by each other, for literals
    /// and `nil`): the standard library's operators, and library operators on typed values.
    func checkBuiltinBinary(_ op: String, _ l: Expr, _ r: Expr, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        var (a, b) = try checkOperands(op, l, r, expected: expected)
        // `xs == ys.reversed()`, `xs + ys.reversed()`: Swift picks the `reversed()` that returns
        // an array (Sequence's) where the other operand is one.
        if ["==", "!=", "+"].contains(op) {
            if case .array = a.type, case .wrapper(.reversed, _, _) = b.type, Checker.isReversedCall(r) {
                b = try check(r, expected: a.type)
            } else if case .array = b.type, case .wrapper(.reversed, _, _) = a.type, Checker.isReversedCall(l) {
                a = try check(l, expected: b.type)
            }
        }
        if let overloads = library.operators[op], a.type.isNative || b.type.isNative {
            if let f = overloads.first(where: { $0.params == [a.type, b.type] }) {
                return callOperator(f, a, b, at: loc)
            }
            // `2 * p`: a literal beside a library value takes its type from the overloads.
            var checked: [ObjectIdentifier: Typed] = [:]
            if literalKind(l) == nil { checked[ObjectIdentifier(l)] = a }
            if literalKind(r) == nil { checked[ObjectIdentifier(r)] = b }
            return try OperatorInference(self, checked: checked).resolve(op, l, r, expected: expected, at: loc)
        }
        if Checker.comparisonOps.contains(op) {
            return try compare(op, a, b, at: loc, lhs: l, rhs: r)
        }
        if a.type.isOtherNumber, let r = try otherNumberBinary(op, a, b, at: loc) { return r }
        if op == "+", a.type != b.type, a.type.isStringLike, b.type.isStringLike {
            // `String + Substring` (a string plus any sequence of characters): the left side's type.
            let x = a.code.value, y = b.code.value
            return Typed(a.type, .value { fp throws(Trap) in .string(try x(fp).string + (try y(fp).string)) })
        }
        guard a.type == b.type else { throw operandMismatch(op, a.type, b.type, l, r, at: loc) }
        switch a.type {
        case .int:
            if (op == "/" || op == "%"), b.constant?.intValue == 0 {
                throw error("constant-overflow", "division by zero", at: loc)
            }
            if let x = a.constant?.intValue, let y = b.constant?.intValue {
                let folded = Arithmetic.foldInt(op, x, y)
                if let message = folded.error { throw error("constant-overflow", message, at: loc) }
                if let v = folded.value { return Typed(.int, .constant(.int(v)), constant: .int(v)) }
            }
            if let f = Specialized.intBinary(op, a.intOperand, b.intOperand, loc) {
                var t = Typed(.int, .int(f))
                if let arithmetic = IntArithmetic(op) {
                    let x = a.intShape, y = b.intShape
                    if case .slot(let s, let site)? = x, case .constant(let c)? = y, arithmetic != .multiply {
                        t.shape = .slotOffset(s, site, c, subtract: arithmetic == .subtract, op: Site(op, loc))
                    } else if case .code(let l)? = x, case .code(let r)? = y {
                        t.shape = .binary(arithmetic, l, r, op: Site(op, loc))
                    }
                }
                return t
            }
            if let f = Arithmetic.intBinary(op, a.code.int, b.code.int, loc) { return Typed(.int, .int(f)) }
        case .double:
            if op == "%" {
                throw error("no-operator", "'%' is unavailable: For floating point numbers use truncatingRemainder instead", at: loc)
            }
            if let f = Specialized.doubleBinary(op, a.doubleOperand, b.doubleOperand, loc) {
                var c: Value?
                if let x = a.constant?.doubleValue, let y = b.constant?.doubleValue {
                    switch op {
                    case "+": c = .double(x + y)
                    case "-": c = .double(x - y)
                    case "*": c = .double(x * y)
                    case "/": c = .double(x / y)
                    default: c = nil
                    }
                }
                return Typed(.double, .double(f), constant: c)
            }
        case .string where op == "+":
            let x = a.code.value, y = b.code.value
            return Typed(.string, .value { fp throws(Trap) in
                var s = try x(fp).string
                s += try y(fp).string
                return .string(s)
            })
        case .array where op == "+":
            let x = a.code.value, y = b.code.value
            return Typed(a.type, .value { fp throws(Trap) in
                var s = try x(fp).array
                s += try y(fp).array
                return .array(s)
            })
        default:
            break
        }
        throw operandMismatch(op, a.type, b.type, l, r, at: loc)
    }

    /// `x.reversed()`, as written.
    static func isReversedCall(_ e: Expr) -> Bool {
        if case .call(let callee, let args) = e.kind.unparenthesised, args.isEmpty,
           case .member(_, "reversed", _) = callee.kind { return true }
        return false
    }

    func operandMismatch(_ op: String, _ a: QType, _ b: QType, _ l: Expr, _ r: Expr, at loc: SourceLoc) -> CheckError {
        if a == b {
            return error("no-operator", "binary operator '\(op)' cannot be applied to two '\(a)' operands", at: loc)
        }
        var notes: [Diagnostic.Note] = []
        if a == .int && b == .double { notes.append(.init(message: "convert the 'Int' operand: \(conversionHint(l, "Double"))", at: l.loc)) }
        if a == .double && b == .int { notes.append(.init(message: "convert the 'Int' operand: \(conversionHint(r, "Double"))", at: r.loc)) }
        return error("operand-types", "binary operator '\(op)' cannot be applied to operands of type '\(a)' and '\(b)'", at: loc, notes: notes)
    }

    /// Code calling a library operator on two checked operands.
    func callOperator(_ f: NativeFunction, _ a: Typed, _ b: Typed, at loc: SourceLoc) -> Typed {
        let x = a.code.value, y = b.code.value
        let call = f.call
        let m = self.m
        let lib = library
        return Typed(f.result, .make(f.result) { fp throws(Trap) in
            let u = try x(fp), v = try y(fp)
            do { return try call(NativeCall(m: m, loc: loc), [u, v]) } catch { throw lib.trap(error, loc, timeout: m.pointee.timeoutSeconds) }
        })
    }

    /// A library prefix operator (`-theta`) on a library value.
    func callPrefixOperator(_ op: String, _ t: Typed, at loc: SourceLoc) throws(CheckError) -> Typed? {
        guard case .native = t.type, let overloads = library.prefixOperators[op] else { return nil }
        let f = overloads.first { $0.params == [t.type] }
            ?? overloads.first { existentialConversions(from: t.type, to: $0.params[0]) != nil }
        guard let f else { return nil }
        let x = t.code.value
        let call = f.call
        let m = self.m
        let lib = library
        return Typed(f.result, .make(f.result) { fp throws(Trap) in
            let u = try x(fp)
            do { return try call(NativeCall(m: m, loc: loc), [u]) } catch { throw lib.trap(error, loc, timeout: m.pointee.timeoutSeconds) }
        })
    }

    func conversionHint(_ e: Expr, _ type: String) -> String {
        if case .name(let n) = e.kind { return "\(type)(\(n))" }
        return "\(type)(...)"
    }

    func compare(_ op: String, _ a: Typed, _ b: Typed, at loc: SourceLoc, lhs: Expr, rhs: Expr) throws(CheckError) -> Typed {
        let equality = op == "==" || op == "!="
        let negate = op == "!="
        // Comparison with a `nil` literal: only whether the optional is empty.
        if equality, case .nilLiteral = rhs.kind.unparenthesised {
            let x = a.code.value
            return Typed(.bool, .bool { fp throws(Trap) in try x(fp).isNone != negate })
        }
        if equality, case .nilLiteral = lhs.kind.unparenthesised {
            let x = b.code.value
            return Typed(.bool, .bool { fp throws(Trap) in try x(fp).isNone != negate })
        }
        var (a, b) = (a, b)
        if a.type != b.type, a.type.isStringLike, b.type.isStringLike {
            // `Substring` and `String` compare as `StringProtocol` values do; both hold a String here.
            a = Typed(.string, a.code)
            b = Typed(.string, b.code)
        }
        if a.type != b.type {
            if case .optional(let w) = b.type, w == a.type { a = try convert(a, to: b.type, context: .argument, at: loc) }
            if case .optional(let w) = a.type, w == b.type { b = try convert(b, to: a.type, context: .argument, at: loc) }
        }
        guard a.type == b.type else { throw operandMismatch(op, a.type, b.type, lhs, rhs, at: loc) }
        switch a.type {
        case .int:
            var t = Typed(.bool, .bool(Specialized.intCompare(op, a.intOperand, b.intOperand, loc)!))
            if let comparison = IntTest.Comparison(op), case .slot(let s, let site)? = a.shape, let c = b.constant?.intValue {
                t.test = IntTest(comparison: comparison, slot: s, site: site, constant: c)
            }
            return t
        case .double:
            return Typed(.bool, .bool(Specialized.doubleCompare(op, a.doubleOperand, b.doubleOperand, loc)!))
        case .enumeration(let e) where equality && !e.hasPayloads:
            // Case indices.
            let x = a.code.value, y = b.code.value
            return Typed(.bool, .bool { fp throws(Trap) in (try x(fp).int == (try y(fp).int)) != negate })
        default:
            break
        }
        let t = a.type
        if equality {
            guard t.isEquatable || t.isTuple(of: \.isEquatable) else {
                throw error("no-operator", "binary operator '\(op)' cannot be applied to two '\(t)' operands", at: loc)
            }
            let x = a.code.value, y = b.code.value
            let lib = library
            return Typed(.bool, .bool { fp throws(Trap) in
                Equality.equal(try x(fp), try y(fp), t, lib) != negate
            })
        }
        guard t.isComparable || t.isTuple(of: \.isComparable) else {
            throw error("no-operator", "binary operator '\(op)' cannot be applied to two '\(t)' operands", at: loc)
        }
        let x = a.code.value, y = b.code.value
        let order: (Value, Value) -> Bool = Equality.less(t)
        switch op {
        case "<": return Typed(.bool, .bool { fp throws(Trap) in order(try x(fp), try y(fp)) })
        case ">": return Typed(.bool, .bool { fp throws(Trap) in order(try y(fp), try x(fp)) })
        case "<=": return Typed(.bool, .bool { fp throws(Trap) in !order(try y(fp), try x(fp)) })
        default: return Typed(.bool, .bool { fp throws(Trap) in !order(try x(fp), try y(fp)) })
        }
    }

    func checkPrefix(_ op: String, _ x: Expr, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        switch op {
        case "!":
            let b = try check(x, as: .bool, context: .argument).code.bool
            return Typed(.bool, .bool { fp throws(Trap) in try !b(fp) })
        case "-", "+":
            if let other = try otherNumberLiteral(x, negative: op == "-", expected: expected) { return other }
            // `-1` where a library literal type is expected is a negative literal, as in Swift.
            if case .intLiteral(let v) = x.kind, let n = try libraryLiteral(.int(op == "-" ? -v : v), expected: expected, at: loc) { return n }
            if case .floatLiteral(let v) = x.kind, let n = try libraryLiteral(.double(op == "-" ? -v : v), expected: expected, at: loc) { return n }
            let t = try check(x, expected: expected)
            switch t.type {
            case .int:
                if op == "+" { return t }
                if let c = t.constant?.intValue {
                    if c == .min { throw error("constant-overflow", "arithmetic operation '0 - \(c)' (on signed 64-bit integer type) results in an overflow", at: loc) }
                    return Typed(.int, .constant(.int(-c)), constant: .int(-c))
                }
                let f = t.code.int
                return Typed(.int, .int { fp throws(Trap) in
                    let (v, o) = (0).subtractingReportingOverflow(try f(fp))
                    if o { throw Arithmetic.overflow("-", loc) }
                    return v
                })
            case .double:
                if op == "+" { return t }
                if let c = t.constant?.doubleValue { return Typed(.double, .constant(.double(-c)), constant: .double(-c)) }
                let f = t.code.double
                return Typed(.double, .double { fp throws(Trap) in try -f(fp) })
            default:
                if op == "+", t.type.isOtherNumber { return t }
                if let other = try otherNumberPrefix(op, t, at: loc) { return other }
                if let native = try callPrefixOperator(op, t, at: loc) { return native }
                throw error("no-operator", "unary operator '\(op)' cannot be applied to an operand of type '\(t.type)'", at: loc)
            }
        case "~":
            if let t = try? check(x, expected: expected), t.type.isFixedWidth, let other = try otherNumberPrefix(op, t, at: loc) { return other }
            let f = try check(x, as: .int, context: .argument).code.int
            return Typed(.int, .int { fp throws(Trap) in try ~f(fp) })
        default:
            throw unsupported("the prefix operator '\(op)'", at: loc)
        }
    }

    /// Literals, names, members, tuples and operators on them: nothing a call could change.
    func isSideEffectFree(_ e: Expr) -> Bool {
        switch e.kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral, .name, .implicitMember: return true
        case .stringLiteral(let parts): return parts.allSatisfy { if case .interpolation(let x) = $0 { isSideEffectFree(x) } else { true } }
        case .member(let b, _, _), .tupleIndex(let b, _), .paren(let b), .prefix(_, let b), .partialRange(_, let b): return isSideEffectFree(b)
        case .binary(_, let a, let b, _): return isSideEffectFree(a) && isSideEffectFree(b)
        case .tuple(let xs): return xs.allSatisfy { isSideEffectFree($0.value) }
        default: return false
        }
    }
}
