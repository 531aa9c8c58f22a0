extension OperatorInference {
    /// Why `e` can have no type at all, in Swift's words; nil if it can have one.
    func diagnose(_ e: Expr) throws(CheckError) -> CheckError? {
        guard try options(e).isEmpty else { return nil }
        switch node(e) {
        case .paren(let x):
            return try diagnose(x)
        case .member(let name, _, let loc):
            return checker.error("implicit-member-without-context",
                                 "reference to member '\(name)' cannot be resolved without a contextual type", at: loc)
        case .prefix(let x):
            if let inner = try diagnose(x) { return inner }
            guard case .prefix(let op, _) = e.kind else { return nil }
            return checker.error("no-operator", "unary operator '\(op)' cannot be applied to an operand of type '\(representative(try options(x)))'", at: e.loc)
        case .binary(let op, let a, let b, let loc):
            return try diagnoseBinary(op, a, b, at: loc)
        case .literal, .leaf:
            return nil
        }
    }

    /// `a op b` fits no overload: the first operand that has no type, else (like Swift) the one
    /// argument that does not convert when a single overload fits the other, else the operator.
    func diagnoseBinary(_ op: String, _ a: Expr, _ b: Expr, at loc: SourceLoc) throws(CheckError) -> CheckError {
        if let inner = try diagnose(a) { return inner }
        if let inner = try diagnose(b) { return inner }
        let x = try options(a), y = try options(b)
        let ta = representative(x), tb = representative(y)
        var halfFits: [(Expr, QType, QType)] = []
        for f in checker.library.operators[op] ?? [] where f.params.count == 2 {
            let fitsA = fit(x, f.params[0]) != nil, fitsB = fit(y, f.params[1]) != nil
            if fitsA && !fitsB { halfFits.append((b, tb, f.params[1])) }
            if fitsB && !fitsA { halfFits.append((a, ta, f.params[0])) }
        }
        if halfFits.count == 1, let (operand, have, want) = halfFits.first {
            return checker.error("type-mismatch", "cannot convert value of type '\(have)' to expected argument type '\(want)'", at: operand.loc)
        }
        return checker.operandMismatch(op, ta, tb, a, b, at: loc)
    }

    /// The type to name for an operand in a message: its best real type.
    func representative(_ options: Options) -> QType {
        let real = options.filter { !Self.isStandIn($0.key) }
        return real.min { ($0.value.score, $0.key.description) < ($1.value.score, $1.key.description) }?.key ?? .void
    }

    /// For a call that no overload fits: what types the argument could have on its own (nil when
    /// it has none without a context, e.g. a closure); throws when it can have no type at all.
    func argumentOptions(_ e: Expr) throws(CheckError) -> Options? {
        if case .leaf = node(e) {
            guard let t = checker.attempt({ () throws(CheckError) in try checker.check(e) }) else { return nil }
            return [t.value.type: direct(0)]
        }
        guard let options = try? options(e) else { return nil }
        if options.isEmpty, let d = try diagnose(e) { throw d }
        return options
    }
}
