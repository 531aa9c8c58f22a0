extension OperatorInference {
    /// Checks `l op r`, choosing the type the context asks for when the operands can give it.
    func resolve(_ op: String, _ l: Expr, _ r: Expr, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        let options = try binaryOptions(op, l, r)
        guard !options.isEmpty else { throw try diagnoseBinary(op, l, r, at: loc) }
        let t = try choose(options, expected: expected, op, l, r, at: loc)
        return try generateBinary(op, l, r, as: t, options[t]!, at: loc)
    }

    /// The context's type if possible (the caller converts, or reports Swift's mismatch, otherwise);
    /// else the unique best one.
    func choose(_ options: Options, expected: QType?, _ op: String, _ l: Expr, _ r: Expr, at loc: SourceLoc) throws(CheckError) -> QType {
        if let expected {
            if options[expected] != nil { return expected }
            if case .optional(let w) = expected, options[w] != nil { return w }
        }
        let best = options.values.map(\.score).min()!
        let tied = options.filter { $0.value.score == best }.map(\.key)
        if tied.count == 1, !Self.isStandIn(tied[0]) { return tied[0] }
        // Swift names the implicit member whose type the equally good solutions disagree on.
        if let (name, at) = try firstAmbiguousMember(in: [l, r]) {
            throw checker.error("ambiguous-member", "ambiguous use of '\(name)'", at: at)
        }
        throw checker.error("ambiguous-operator", "ambiguous use of operator '\(op)'", at: loc)
    }

    /// Compiles `e` as a value of type `t`, one of its options.
    func generate(_ e: Expr, as t: QType) throws(CheckError) -> Typed {
        switch node(e) {
        case .paren(let x):
            return try generate(x, as: t)
        case .leaf:
            return checker.commit(leaves[ObjectIdentifier(e)]!)
        case .binary(let op, let a, let b, let loc):
            return try generateBinary(op, a, b, as: t, try options(e)[t]!, at: loc)
        case .literal, .member, .prefix:
            let typed = try checker.check(e, expected: t)
            return try checker.convert(typed, to: t, context: .argument, at: e.loc)
        }
    }

    func generateBinary(_ op: String, _ a: Expr, _ b: Expr, as t: QType, _ option: Option, at loc: SourceLoc) throws(CheckError) -> Typed {
        guard option.ways.count == 1 else { throw ambiguity(option.ways, op, a, b, at: loc) }
        switch option.ways[0] {
        case .native(let f, let ta, let tb):
            let x = try checker.convert(try generate(a, as: ta), to: f.params[0], context: .argument, at: a.loc)
            let y = try checker.convert(try generate(b, as: tb), to: f.params[1], context: .argument, at: b.loc)
            return checker.callOperator(f, x, y, at: loc)
        case .builtin:
            // The standard library's operators keep their own checking (literal typing, folding).
            return try checker.checkBuiltinBinary(op, a, b, expected: t, at: loc)
        case .direct:
            unreachableCase()
        }
    }

    /// Equally good ways to the same type: Swift names the implicit member they disagree on,
    /// else the operator.
    func ambiguity(_ ways: [Way], _ op: String, _ a: Expr, _ b: Expr, at loc: SourceLoc) -> CheckError {
        for (i, operand) in [a, b].enumerated() {
            let types = Set(ways.map { way -> QType in
                switch way {
                case .native(_, let ta, let tb): i == 0 ? ta : tb
                case .builtin(let t): t
                case .direct: .void
                }
            })
            if types.count > 1, let (name, at) = memberName(operand) {
                return checker.error("ambiguous-member", "ambiguous use of '\(name)'", at: at)
            }
        }
        let notes = ways.compactMap { way -> Diagnostic.Note? in
            guard case .native(let f, _, _) = way else { return nil }
            return .init(message: "found candidate '(\(f.params[0]), \(f.params[1])) -> \(f.result)'")
        }
        return checker.error("ambiguous-operator", "ambiguous use of operator '\(op)'", at: loc, notes: notes)
    }

    func memberName(_ e: Expr) -> (String, SourceLoc)? {
        switch e.kind {
        case .paren(let x): return memberName(x)
        case .implicitMember(let name): return (name, e.loc)
        case .call(let callee, _):
            if case .implicitMember(let name) = callee.kind { return (name, callee.loc) }
        default: break
        }
        return nil
    }

    /// The first implicit member, left to right, that could be of more than one type.
    func firstAmbiguousMember(in exprs: [Expr]) throws(CheckError) -> (String, SourceLoc)? {
        for e in exprs {
            switch node(e) {
            case .paren(let x), .prefix(let x):
                if let m = try firstAmbiguousMember(in: [x]) { return m }
            case .member:
                if try options(e).count > 1 { return memberName(e) }
            case .binary(_, let a, let b, _):
                if let m = try firstAmbiguousMember(in: [a, b]) { return m }
            case .literal, .leaf:
                break
            }
        }
        return nil
    }
}
