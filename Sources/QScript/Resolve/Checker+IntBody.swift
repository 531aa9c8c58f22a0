/// How a statement of a function returning `Int` ends, recorded while the body is checked, so
/// that a body made only of such statements can also be compiled as one `IntCode` (`intChain`).
/// Calls run that form: the result comes back directly, with no `Flow`, no `Value` in slot 0
/// and no closure per statement: `if n < 2 { return n }; return fib(n - 1) + fib(n - 2)` is one
/// closure that tests `n < 2`, reads `n` and adds the two calls' results inline.
enum IntReturn {
    /// Runs and always falls through (a declaration or an expression statement).
    case effect(Exec)
    /// Returns the value when the condition holds, else falls through: `if c { return v }`, and
    /// `guard` with the condition negated. The `IntTest` is the condition's inline form, if any.
    case returnIf(BoolCode, IntTest?, IntShape)
    /// Always returns: `return v`, or an `if`/`else` whose branches all return.
    case returns(IntShape)
}

extension Checker {
    /// Whether statements of the function being compiled are recorded (only bodies that
    /// declare an `Int` result can become an `IntCode`).
    var recordsIntReturns: Bool { !fn.isTopLevel && fn.resultType == .int }

    func record(_ s: Stmt, _ r: IntReturn) {
        if recordsIntReturns { fn.intReturns[ObjectIdentifier(s)] = r }
    }

    /// Records a `return` (or a single-expression body) whose value is `t`.
    func recordReturn(_ s: Stmt, _ t: Typed?) {
        if recordsIntReturns, let shape = t?.intShape { record(s, .returns(shape)) }
    }

    /// Records `if c { body } else { other }` (`other` nil for no `else`; `exec` the statement's
    /// code): a conditional return when `body` is a chain, a return when both branches are, an
    /// effect when neither branch can return.
    func recordIf(_ s: Stmt, _ exec: @escaping Exec, _ cond: @escaping BoolCode, _ test: IntTest?, body: [Stmt], other: Stmt?) {
        guard recordsIntReturns else { return }
        if allEffects(body), other.map({ allEffects([$0]) }) ?? true {
            record(s, .effect(exec))
            return
        }
        guard let then = intChain(body) else { return }
        guard let other else {
            record(s, .returnIf(cond, test, then))
            return
        }
        guard case .returns(let e)? = fn.intReturns[ObjectIdentifier(other)] else { return }
        let t = then.code, f = e.code
        record(s, .returns(.code { fp throws(Trap) in try cond(fp) ? t(fp) : f(fp) }))
    }

    /// A block `{ ... }` ends like its statements: always returning, or (with no return at all)
    /// as an effect.
    func recordBlock(_ s: Stmt, _ stmts: [Stmt], _ exec: @escaping Exec) {
        guard recordsIntReturns else { return }
        if let shape = intChain(stmts) {
            record(s, .returns(shape))
        } else if allEffects(stmts) {
            record(s, .effect(exec))
        }
    }

    /// Every statement is recorded as an effect (none can return).
    func allEffects(_ stmts: [Stmt]) -> Bool {
        stmts.allSatisfy { if case .effect? = fn.intReturns[ObjectIdentifier($0)] { true } else { false } }
    }

    /// The statements as one `Int` computation, when each is recorded, the last always returns
    /// and the others fall through or return conditionally.
    func intChain(_ stmts: [Stmt]) -> IntShape? {
        guard let last = stmts.last, case .returns(var shape)? = fn.intReturns[ObjectIdentifier(last)] else {
            return nil
        }
        for s in stmts.dropLast().reversed() {
            switch fn.intReturns[ObjectIdentifier(s)] {
            case .effect(let e)?:
                let rest = shape.code
                shape = .code { fp throws(Trap) in
                    _ = try e(fp)
                    return try rest(fp)
                }
            case .returnIf(let c, let test, let v)?:
                shape = .code(Checker.returnIf(c, test, v, shape))
            default:
                return nil
            }
        }
        return shape
    }

    /// `if c { return v }` followed by `rest`; with an inline test, one `IntBaseCase` closure.
    static func returnIf(_ c: @escaping BoolCode, _ test: IntTest?, _ v: IntShape, _ rest: IntShape) -> IntCode {
        if let test { return IntBaseCase.code(test, v, rest) }
        let f = rest.code
        return { fp throws(Trap) in
            if try c(fp) { return try v.value(fp) }
            return try f(fp)
        }
    }
}
