extension Checker {
    func checkCall(_ callee: Expr, _ args: [Argument], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        switch callee.kind {
        case .name(let n):
            if let member = implicitSelfMember(n, at: callee.loc) ?? implicitStaticMember(n, at: callee.loc) {
                return try checkCall(member, args, expected: expected, at: loc)
            }
            if let b = lookup(n) {
                if case .declaredType(let t) = b { return try checkInitializer(t.type, args, expected: expected, at: callee.loc) }
                if case .function(let sig) = b { return try callUserFunction(sig, args, at: callee.loc) }
                if case .genericFunction(let g) = b { return try callGeneric(g, args, expected: expected, at: callee.loc) }
                if case .overloaded(let sigs) = b {
                    guard let sig = overload(for: args, among: sigs, at: loc) else {
                        throw error("argument-label", "no exact matches in call to global function '\(sigs[0].name)'", at: callee.loc,
                                    notes: sigs.map { .init(message: "candidate '\($0.fullName)'", at: $0.loc) })
                    }
                    return try callUserFunction(sig, args, at: callee.loc)
                }
                if case .poisoned = b { throw CheckError.silent }
                let f = try read(b, at: callee.loc)
                // A library value with `callAsFunction` is called as Swift calls it.
                if isCallable(f.type) { return try checkMethodCall(callee, "callAsFunction", args, expected: expected, at: callee.loc) }
                return try callValue(f, args, at: callee.loc, name: n)
            }
            if let t = namedType(n) { return try checkInitializer(t, args, expected: expected, at: callee.loc) }
            if n == "Array" || n == "Dictionary" || n == "Set" {
                return try checkGenericInitializer(n, args, expected: expected, at: callee.loc)
            }
            if let builtin = try checkBuiltinCall(n, args, expected: expected, at: callee.loc) { return builtin }
            throw undefinedName(n, at: callee.loc)
        case .typeExpr(let repr):
            return try checkInitializer(try resolveType(repr), args, expected: expected, at: callee.loc)
        case .member(let base, let name, let nameLoc):
            if name == "init", case .name("self") = base.kind, let st = currentInitializerSelf() {
                return try delegation(st, args, at: nameLoc)
            }
            return try checkMethodCall(base, name, args, expected: expected, at: nameLoc)
        case .implicitMember(let name):
            return try checkImplicitMember(name, args: args, expected: expected, at: callee.loc)
        case .paren(let inner):
            return try checkCall(inner, args, expected: expected, at: loc)
        case .array, .dictionary:
            if let t = try typeFromExpr(callee) { return try checkInitializer(t, args, expected: expected, at: callee.loc) }
            let f = try check(callee)
            return try callValue(f, args, at: callee.loc, name: nil)
        default:
            let f = try check(callee)
            if isCallable(f.type) { return try checkMethodCall(callee, "callAsFunction", args, expected: expected, at: callee.loc) }
            return try callValue(f, args, at: callee.loc, name: nil)
        }
    }

    /// The overload a call's arguments choose: the one with exactly their labels, else the
    /// first they fit (defaults filled in). `skippingSelf`: methods, whose first parameter is
    /// `self`.
    func overload(for args: [Argument], among sigs: [FunctionSignature], skippingSelf: Bool = false, at loc: SourceLoc) -> FunctionSignature? {
        let written = args.map(\.label)
        let drop = skippingSelf ? 1 : 0
        return sigs.first { Array($0.labels.dropFirst(drop)) == written } ?? sigs.first { fits(args, $0, skippingSelf: skippingSelf, at: loc) }
    }

    /// Whether the arguments fit a signature's labels, with its defaults filling the gaps.
    func fits(_ args: [Argument], _ sig: FunctionSignature, skippingSelf: Bool = false, at loc: SourceLoc) -> Bool {
        let drop = skippingSelf ? 1 : 0
        return (try? matchArguments(args, labels: Array(sig.labels.dropFirst(drop)), hasDefault: sig.defaults.dropFirst(drop).map { $0 != nil },
                                    fullName: sig.fullName, at: loc)) != nil
    }

    /// Whether a library type has `callAsFunction`, so its values can be called.
    func isCallable(_ t: QType) -> Bool {
        guard case .native(let id) = t else { return false }
        return library.members.contains { $0.owner == id.name && $0.declaration.contains("func callAsFunction(") }
    }

    /// Calls a value of function type (a closure in a variable, a parameter): no labels.
    func callValue(_ f: Typed, _ args: [Argument], at loc: SourceLoc, name: String?) throws(CheckError) -> Typed {
        guard case .function(let params, let result) = f.type else {
            if case .metatype(let t) = f.type { return try checkInitializer(t, args, expected: nil, at: loc) }
            throw error("not-callable", "cannot call value of non-function type '\(f.type)'", at: loc)
        }
        if let labelled = args.first(where: { $0.label != nil }) {
            throw error("argument-label", "extraneous argument label '\(labelled.label!):' in call", at: labelled.loc)
        }
        guard args.count == params.count else {
            if args.count > params.count {
                throw error("argument-count", "extra argument in call", at: args[params.count].loc)
            }
            throw error("argument-count", "missing argument for parameter #\(args.count + 1) in call", at: loc)
        }
        var codes: [Operand] = []
        for (i, a) in args.enumerated() { codes.append(Operand(try check(a.value, as: params[i], context: .argument))) }
        return Typed(result, Invoke.compile(.value(f.code.value), codes, result: result, m, loc))
    }

    /// Matches arguments to a signature's labels (Swift's rules, with defaults), returning for
    /// each parameter the argument index or nil for "use the default".
    func matchArguments(_ args: [Argument], labels: [String?], hasDefault: [Bool], fullName: String, at loc: SourceLoc) throws(CheckError) -> [Int?] {
        var result: [Int?] = []
        var next = 0
        for (i, label) in labels.enumerated() {
            if next < args.count, args[next].label == label || args[next].isTrailing && (i == labels.count - 1 || !hasDefault[i]) {
                result.append(next)
                next += 1
                continue
            }
            if hasDefault[i] {
                result.append(nil)
                continue
            }
            guard next < args.count else {
                throw error("argument-count", "missing argument for parameter \(label.map { "'\($0)'" } ?? "#\(i + 1)") in call", at: loc)
            }
            let have = args[next].label
            if let h = have, labels[(i + 1)...].contains(h) {
                // The argument belongs to a later parameter: this one is missing (Swift's wording).
                throw error("argument-count", "missing argument for parameter \(label.map { "'\($0)'" } ?? "#\(i + 1)") in call", at: args[next].loc)
            }
            switch (have, label) {
            case (nil, let want?):
                throw error("argument-label", "missing argument label '\(want):' in call", at: args[next].loc)
            case (let h?, nil):
                throw error("argument-label", "extraneous argument label '\(h):' in call", at: args[next].loc)
            default:
                throw error("argument-label", "incorrect argument label in call (have '\(have ?? "_"):', expected '\(label ?? "_"):')", at: args[next].loc)
            }
        }
        if next < args.count {
            let extra = args[next]
            if let l = extra.label, let i = labels.firstIndex(of: l), hasDefault[i] {
                throw error("argument-order", "argument '\(l)' must precede the argument before it", at: extra.loc)
            }
            throw error("argument-count", "extra argument\(extra.label.map { " '\($0)'" } ?? "") in call", at: extra.loc)
        }
        return result
    }

    func callUserFunction(_ sig: FunctionSignature, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let match = try matchArguments(args, labels: sig.labels, hasDefault: sig.defaults.map { $0 != nil },
                                       fullName: sig.fullName, at: loc)
        if sig.hasInout { return try callWithInout(sig, args, match, at: loc) }
        var codes: [Operand] = []
        for (i, slot) in match.enumerated() {
            if let slot, case .inoutArgument = args[slot].value.kind {
                throw error("inout-misuse", "'&' used with non-inout argument of type '\(sig.paramTypes[i])'", at: args[slot].value.loc)
            }
            if let slot {
                codes.append(Operand(try check(args[slot].value, as: sig.paramTypes[i], context: .argument)))
            } else {
                // Compiled in the declaring context: only its constant, never a slot, is reused.
                let d = sig.defaults[i]!
                codes.append(Operand(Typed(d.type, d.code, constant: d.constant)))
            }
        }
        let callee = try self.callee(of: sig, at: loc)
        return Typed(sig.result, Invoke.compile(callee, codes, result: sig.result, m, loc))
    }

    /// How a call reaches a declared function: its handle, its global, or the value in its slot.
    func callee(of sig: FunctionSignature, at loc: SourceLoc) throws(CheckError) -> Invoke.Callee {
        try requireTry(sig, at: loc)
        if let handle = sig.handle { return .direct(handle) }
        if case .global(let g) = sig.storage { return .global(g.ref, name: sig.name) }
        return .value(try read(sig.storage, at: loc).code.value)
    }

    /// Checks a closure argument against a parameter type whose result may be unknown.
    func checkFunctionArgument(_ e: Expr, params: [QType], result: QType?) throws(CheckError) -> Typed {
        if case .closure(let c) = e.kind.unparenthesised {
            return try checkClosure(c, params: params, result: result)
        }
        if case .name(let n) = e.kind, lookup(n) == nil, let f = try functionValue(n, params: params, result: result, at: e.loc) {
            return f
        }
        if case .member(let base, "init", _) = e.kind, try typeFromExpr(base) != nil {
            // `xs.map(Double.init)`: the initialiser as a function.
            return try forwardingClosure(base, params: params, result: result, at: e.loc)
        }
        let t = try check(e, expected: result.map { .function(params, $0) })
        guard case .function(let ps, let r) = t.type, ps == params, result == nil || r == result else {
            let want = QType.function(params, result ?? .void)
            throw error("type-mismatch", "cannot convert value of type '\(t.type)' to expected argument type '\(want)'", at: e.loc)
        }
        return t
    }

    /// A standard or library function, or an operator, named where a function value is expected:
    /// `integrate(sin)`, `xs.reduce(0, max)`, `("+", +)`. Compiled as the closure that forwards its
    /// parameters (`{ sin($0) }`), so the call is checked as a call would be. Nil for other names.
    func functionValue(_ name: String, params: [QType], result: QType?, at loc: SourceLoc) throws(CheckError) -> Typed? {
        if let first = name.first, "+-*/<>=!&|^%".contains(first) {
            return try operatorFunction(name, params: params, result: result, at: loc)
        }
        let builtins: Set<String> = ["abs", "min", "max"]
        guard library.functions[name] != nil || builtins.contains(name) || MathFunctions.unary[name] != nil || MathFunctions.binary[name] != nil else {
            return nil
        }
        return try forwardingClosure(Expr(.name(name), loc), params: params, result: result, at: loc)
    }

    /// `{ callee($0, $1, ...) }` for a function value's parameters; one tuple parameter is spread
    /// over the callee's parameters (`zip(a, b).map(pow)`: Swift allows it for function references).
    func forwardingClosure(_ callee: Expr, params: [QType], result: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        var count = params.count
        if count == 1, case .tuple(let fields) = params[0], fields.count > 1 { count = fields.count }
        let args = (0..<count).map { Argument(label: nil, value: Expr(.name("$\($0)"), loc), loc: loc) }
        let body = [Stmt(.expr(Expr(.call(callee, args), loc)), loc)]
        return try checkClosure(ClosureLiteral(params: nil, returnType: nil, body: body, loc: loc, endLoc: loc), params: params, result: result)
    }

    /// An operator used as a function value: `reduce(0, +)`, `sorted(by: >)`, and `zip(a, b).map(*)`
    /// (where the one parameter is a pair, as Swift allows for operators).
    func operatorFunction(_ op: String, params: [QType], result: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if params.count == 1, case .tuple(let fields) = params[0], fields.count == 2 {
            let a = Expr(.name("$0"), loc), b = Expr(.name("$1"), loc)
            let body = [Stmt(.expr(Expr(.binary(op, a, b, opLoc: loc), loc)), loc)]
            return try checkClosure(ClosureLiteral(params: nil, returnType: nil, body: body, loc: loc, endLoc: loc), params: params, result: result)
        }
        guard params.count == 2, params[0] == params[1] else {
            throw error("operator-as-function", "operator '\(op)' cannot be used as a function of type '\(QType.function(params, result ?? .void))'", at: loc)
        }
        // Compile `$0 op $1` as a closure over two parameters of the right type.
        let a = Expr(.name("$0"), loc), b = Expr(.name("$1"), loc)
        let body = [Stmt(.expr(Expr(.binary(op, a, b, opLoc: loc), loc)), loc)]
        return try checkClosure(ClosureLiteral(params: nil, returnType: nil, body: body, loc: loc, endLoc: loc), params: params, result: result)
    }
}

extension Checker {
    /// Argument labels, with a trailing closure given the label its method expects there.
    func labels(_ args: [Argument], method: String? = nil) -> [String?] {
        args.map { a in
            if a.isTrailing, let method, let l = Checker.trailingLabels[method] { return l }
            return a.label
        }
    }

    /// The label a trailing closure takes for a standard method (`sorted { }` is `sorted(by:)`),
    /// from `StandardLibrary`'s table.
    static var trailingLabels: [String: String] { StandardLibrary.trailingClosureLabels }

    /// A call of a function with `inout` parameters. As in Swift, the arguments are evaluated
    /// left to right (for `&place`, the place's subscript indices), then the `inout` places are
    /// read, the function runs, and their final values are written back.
    func callWithInout(_ sig: FunctionSignature, _ args: [Argument], _ match: [Int?], at loc: SourceLoc) throws(CheckError) -> Typed {
        var prepare: [Exec] = []       // evaluates the arguments into scratch slots, in order
        var readIn: [Exec] = []        // copies each `inout` place into its slot
        var writeBack: [(Place, Int)] = []   // the `inout` places and their index in the result tuple
        var operands: [Operand] = []
        var argumentOrder: [(argument: Int, exec: Exec)] = []
        for (i, slot) in match.enumerated() {
            let t = sig.paramTypes[i]
            let scratch = fn.newSlot()
            let readScratch: ValueCode = { fp throws(Trap) in fp[scratch] }
            operands.append(Operand(Typed(t, .value(readScratch))))
            guard let slot else {
                let d = sig.defaults[i]!.code.value
                let fill: Exec = { fp throws(Trap) in
                    fp[scratch] = try d(fp)
                    return .normal
                }
                prepare.append(fill)
                continue
            }
            let arg = args[slot].value
            if sig.inoutParams[i] {
                guard case .inoutArgument(let target) = arg.kind else {
                    let found = try check(arg)
                    throw error("inout-ampersand", "passing value of type '\(found.type)' to an inout parameter requires explicit '&'", at: arg.loc)
                }
                if case .name(let n) = target.kind, let b = lookup(n), let id = bindingID(b), uninitialized.contains(id) {
                    throw error("uninitialized", "variable '\(n)' passed by reference before being initialized", at: target.loc)
                }
                let p = try place(target, .inoutArgument)
                guard p.type == t else {
                    throw error("type-mismatch", "cannot convert value of type '\(p.type)' to expected argument type '\(t)'", at: arg.loc)
                }
                let path = p.path, read = p.reader
                let evaluatePath: Exec = { fp throws(Trap) in
                    try path?(fp)
                    return .normal
                }
                argumentOrder.append((slot, evaluatePath))
                let copyIn: Exec = { fp throws(Trap) in
                    fp[scratch] = try read(fp)
                    return .normal
                }
                readIn.append(copyIn)
                writeBack.append((p, writeBack.count + 1))
            } else {
                if case .inoutArgument = arg.kind {
                    throw error("inout-misuse", "'&' used with non-inout argument of type '\(t)'", at: arg.loc)
                }
                let code = try check(arg, as: t, context: .argument).code.value
                let evaluate: Exec = { fp throws(Trap) in
                    fp[scratch] = try code(fp)
                    return .normal
                }
                argumentOrder.append((slot, evaluate))
            }
        }
        // Arguments run in the order written, defaults where they fall.
        let ordered = argumentOrder.sorted { $0.argument < $1.argument }.map(\.exec)
        let steps = ordered + prepare + readIn
        let callee = try self.callee(of: sig, at: loc)
        let tupleType = QType.tuple([.init(label: nil, type: sig.result)] + writeBack.map { .init(label: nil, type: $0.0.type) })
        let call = Invoke.compile(callee, operands, result: tupleType, m, loc).value
        let writes = writeBack.map { (place, index) -> (Frame, Value) throws(Trap) -> Void in
            let access = place.access
            return { fp, tuple throws(Trap) in
                let final = tuple.tuple[index]
                try access(fp) { (v: inout Value) throws(Trap) in v = final }
            }
        }
        let run: ValueCode = { fp throws(Trap) in
            for s in steps { _ = try s(fp) }
            let result: Value
            do throws(Trap) {
                result = try call(fp)
            } catch {
                // An error thrown out of the function: its `inout` values are written back too.
                if let finals = error.inoutFinals {
                    error.inoutFinals = nil
                    let tuple = Value.tuple([.void] + finals)
                    for w in writes { try w(fp, tuple) }
                }
                throw error
            }
            for w in writes { try w(fp, result) }
            return result.tuple[0]
        }
        switch sig.result {
        case .int: return Typed(.int, .int { fp throws(Trap) in try run(fp).int })
        case .double: return Typed(.double, .double { fp throws(Trap) in try run(fp).double })
        case .bool: return Typed(.bool, .bool { fp throws(Trap) in try run(fp).bool })
        default: return Typed(sig.result, .value(run))
        }
    }
}
