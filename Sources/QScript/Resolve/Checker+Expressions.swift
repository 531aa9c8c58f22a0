extension Checker {
    /// Checks `e`, using `expected` (the contextual type) the way Swift's literal typing does.
    func check(_ e: Expr, expected: QType? = nil) throws(CheckError) -> Typed {
        if !valueOverrides.isEmpty, let t = valueOverrides[ObjectIdentifier(e)] { return t }
        switch e.kind {
        case .intLiteral(let v):
            if let other = try otherNumberLiteral(e, negative: false, expected: expected) { return other }
            if expected?.numericBase == .double {
                score.nonDefaultLiterals += 1
                return Typed(.double, .constant(.double(Double(v))), constant: .double(Double(v)))
            }
            if let native = try libraryLiteral(.int(v), expected: expected, at: e.loc) { return native }
            return Typed(.int, .constant(.int(v)), constant: .int(v))
        case .floatLiteral(let d):
            if let other = try otherNumberLiteral(e, negative: false, expected: expected) { return other }
            if let native = try libraryLiteral(.double(d), expected: expected, at: e.loc) { return native }
            return Typed(.double, .constant(.double(d)), constant: .double(d))
        case .boolLiteral(let b):
            return Typed(.bool, .constant(.bool(b)), constant: .bool(b))
        case .stringLiteral(let parts):
            return try checkString(parts, expected: expected, at: e.loc)
        case .nilLiteral:
            guard let expected, case .optional = expected else {
                throw error("nil-without-context", "'nil' requires a contextual type", at: e.loc)
            }
            return Typed(expected, .constant(.none), constant: Value.none)
        case .name(let n):
            if case .function(let ps, let r)? = expected, lookup(n) == nil, let f = try functionValue(n, params: ps, result: r, at: e.loc) {
                return f
            }
            return try checkName(n, at: e.loc)
        case .paren(let x):
            return try check(x, expected: expected)
        case .prefix(let op, let x):
            return try checkPrefix(op, x, expected: expected, at: e.loc)
        case .binary(let op, let l, let r, let opLoc):
            return try checkBinary(op, l, r, expected: expected, at: opLoc)
        case .ternary(let c, let a, let b):
            return try checkTernary(c, a, b, expected: expected, at: e.loc)
        case .array(let xs):
            return try checkArrayLiteral(xs, expected: expected, at: e.loc)
        case .dictionary(let kvs):
            return try checkDictionaryLiteral(kvs, expected: expected, at: e.loc)
        case .tuple(let xs):
            return try checkTupleLiteral(xs, expected: expected, at: e.loc)
        case .closure(let c):
            return try checkClosure(c, expected: expected)
        case .call(let callee, let args):
            return try checkCall(callee, args, expected: expected, at: e.loc)
        case .member(let base, let name, let nameLoc):
            return try checkMember(base, name, expected: expected, at: nameLoc)
        case .tupleIndex(let base, let index):
            return try checkTupleIndex(base, index, at: e.loc)
        case .subscriptCall(let base, let args):
            // `a?[i]`, `a?.b[i]`: a subscript inside an optional chain reads the unwrapped value.
            if case .optionalChain(let inner) = base.kind {
                return try optionalChain(inner) { (u) throws(CheckError) in try subscriptOf(u, base, args, at: e.loc) }
            }
            if let inner = chainedOptional(in: base) {
                return try optionalChain(inner) { (u) throws(CheckError) in
                    try subscriptOf(try continueChain(base, from: u), base, args, at: e.loc)
                }
            }
            return try checkSubscript(base, args, at: e.loc)
        case .forceUnwrap(let x):
            // `self.init(rawValue: r)!`: delegating to a failable initializer, trapping on nil.
            if case .call(let callee, let args) = x.kind.unparenthesised, case .member(let base, "init", let nameLoc) = callee.kind,
               case .name("self") = base.kind, let st = currentInitializerSelf() {
                return try delegation(st, args, unwrap: true, at: nameLoc)
            }
            let t = try check(x, expected: expected.map { .optional($0) })
            guard case .optional(let w) = t.type else {
                throw error("force-unwrap-non-optional", "cannot force unwrap value of non-optional type '\(t.type)'", at: e.loc)
            }
            let f = t.code.value
            let loc = e.loc
            return Typed(w, .make(w) { fp throws(Trap) in
                let v = try f(fp)
                if case .none = v {
                    throw Trap(id: "unwrap-nil", message: "unexpectedly found nil while unwrapping an Optional value", loc: loc)
                }
                return v
            })
        case .optionalChain:
            throw error("optional-chain-alone", "'?' must be followed by a call, member lookup, or subscript", at: e.loc)
        case .assign(let l, let r):
            return Typed(.void, .value(try checkAssign(l, r, at: e.loc)))
        case .compoundAssign(let op, let l, let r, let opLoc):
            return Typed(.void, .value(try checkCompoundAssign(op, l, r, at: opLoc)))
        case .inoutArgument:
            throw error("inout-misuse", "'&' may only be used to pass an argument to inout parameter", at: e.loc)
        case .discard:
            throw error("discard-outside-assignment", "'_' can only appear in a pattern or on the left side of an assignment", at: e.loc)
        case .implicitMember(let name):
            return try checkImplicitMember(name, args: nil, expected: expected, at: e.loc)
        case .typeExpr(let repr):
            return Typed(.metatype(try resolveType(repr)), .constant(.void))
        case .tryExpr(let kind, let inner):
            return try checkTry(kind, inner, expected: expected, at: e.loc)
        case .cast(let inner, let kind, let repr):
            return try checkCast(inner, kind, repr, at: e.loc)
        case .partialRange:
            throw unsupported("one-sided ranges outside subscripts and 'case' patterns", at: e.loc)
        case .unsupported(let what):
            throw unsupported(what, at: e.loc)
        }
    }

    /// Checks `e` and converts it to `type`, or reports Swift's conversion error.
    func check(_ e: Expr, as type: QType, context: ConversionContext) throws(CheckError) -> Typed {
        let t = try check(e, expected: type)
        return try convert(t, to: type, context: context, at: e.loc)
    }

    enum ConversionContext {
        case declaration, argument, returnValue, assignment, element, condition

        func message(_ from: QType, _ to: QType) -> String {
            switch self {
            case .declaration: "cannot convert value of type '\(from)' to specified type '\(to)'"
            case .argument: "cannot convert value of type '\(from)' to expected argument type '\(to)'"
            case .returnValue: "cannot convert return expression of type '\(from)' to return type '\(to)'"
            case .assignment: "cannot assign value of type '\(from)' to type '\(to)'"
            case .element: "cannot convert value of type '\(from)' to expected element type '\(to)'"
            case .condition: "cannot convert value of type '\(from)' to expected condition type 'Bool'"
            }
        }
    }

    func convert(_ t: Typed, to type: QType, context: ConversionContext, at loc: SourceLoc) throws(CheckError) -> Typed {
        if t.type == type { return t }
        // Optional promotion: `some(x)` is represented by `x` itself, so it costs nothing.
        if case .optional(let w) = type, w == t.type {
            score.valueToOptional += 1
            return Typed(type, .value(t.code.value), constant: t.constant)
        }
        // A library value where its protocol is expected (also inside arrays and optionals):
        // the value stays as it is, its static type widens.
        if let boxed = boxAsExistential(t, to: type) { return boxed }
        if let widened = existentialConversions(from: t.type, to: type) {
            score.valueToOptional += widened.optional
            score.toExistential += widened.existential
            return Typed(type, .value(t.code.value))
        }
        if case .native(let p) = type, p.isProtocol {
            switch context {
            case .argument: throw error("not-conforming", "argument type '\(t.type)' does not conform to expected type '\(p.name)'", at: loc)
            case .declaration: throw error("not-conforming", "value of type '\(t.type)' does not conform to specified type '\(p.name)'", at: loc)
            default: break
            }
        }
        var notes: [Diagnostic.Note] = []
        if t.type == .int && type == .double { notes.append(.init(message: "convert with 'Double(...)'")) }
        if t.type == .double && type == .int { notes.append(.init(message: "convert with 'Int(...)' (which truncates toward zero)")) }
        if case .optional(let w) = t.type, w == type {
            throw error("optional-not-unwrapped", "value of optional type '\(t.type)' must be unwrapped to a value of type '\(type)'", at: loc,
                        notes: [.init(message: "coalesce using '??' to provide a default when the optional value contains 'nil'"),
                                .init(message: "force-unwrap using '!' to abort execution if the optional value contains 'nil'")])
        }
        throw error("type-mismatch", context.message(t.type, type), at: loc, notes: notes)
    }

    /// A number literal where a library type that is expressible by such literals is expected
    /// (`Complex` in `c.unitary([[0, 1], [1, 0]], on: [0])`): the library makes the value once.
    func libraryLiteral(_ literal: Value, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed? {
        guard case .native(let id)? = expected?.optionalWrappedOrSelf, let d = library.type(id) else { return nil }
        let make: ((Value) throws -> Any)?
        switch literal {
        case .int: make = d.integerLiteral
        default: make = d.floatLiteral
        }
        guard let make else { return nil }
        score.nonDefaultLiterals += 1
        do {
            let value = Value.native(NativeBox(try make(literal)))
            return Typed(.native(id), .constant(value), constant: value)
        } catch {
            throw self.error("library-error", "\(error)", at: loc)
        }
    }

    /// How many values become existentials (and optionals) when `from` converts to `to` by
    /// widening library types to protocols they conform to; nil when it does not.
    func existentialConversions(from: QType, to: QType) -> (existential: Int, optional: Int)? {
        switch (from, to) {
        case (.native(let a), .native(let p)) where a != p:
            return library.conforms(a, to: p) ? (1, 0) : nil
        case (.array(let a), .array(let b)), (.optional(let a), .optional(let b)):
            return existentialConversions(from: a, to: b)
        case (_, .optional(let w)):
            guard from.optionalWrapped == nil, let c = existentialConversions(from: from, to: w) else { return nil }
            return (c.existential, c.optional + 1)
        default:
            return nil
        }
    }

    func checkName(_ n: String, at loc: SourceLoc) throws(CheckError) -> Typed {
        if let member = implicitSelfMember(n, at: loc) ?? implicitStaticMember(n, at: loc) { return try check(member) }
        if n == "Self", lookup(n) == nil, let t = enclosingDeclaredType() { return Typed(.metatype(t.type), .constant(.void)) }
        guard let b = lookup(n) else {
            if let t = namedType(n) { return Typed(.metatype(t), .constant(.void)) }
            throw undefinedName(n, at: loc)
        }
        return try read(b, at: loc)
    }

    /// Code reading a variable or function binding.
    func read(_ b: ScopeEntry, at loc: SourceLoc) throws(CheckError) -> Typed {
        switch b {
        case .poisoned:
            throw CheckError.silent
        case .global(let g):
            if uninitialized.contains(ObjectIdentifier(g)) {
                throw error("uninitialized", "\(g.isLet ? "constant" : "variable") '\(g.name)' used before being initialized", at: loc)
            }
            let r = g.ref
            return Typed(g.type, accessCode(g.type, name: g.name, loc: loc) { _ in r.pointer })
        case .local(let v):
            if uninitialized.contains(ObjectIdentifier(v)) {
                throw error("uninitialized", "\(v.isLet ? "constant" : "variable") '\(v.name)' used before being initialized", at: loc)
            }
            if !partialSelfRead, let st = initializerState(of: v) { try checkWholeSelf(st, at: loc) }
            if let c = v.constant, v.owner === fn { return Typed(v.type, .constant(c), constant: c) }
            let slot = v.owner === fn ? v.slot : fn.captureSlot(for: v)
            if v.boxed {
                return Typed(v.type, accessCode(v.type, name: v.name, loc: loc) { fp in fp[slot].boxPointer })
            }
            let t = v.type
            let name = v.name
            switch t {
            case .int:
                var typed = Typed(t, .int { fp throws(Trap) in try fp[slot].checkedInt(name, loc) }, slot: (slot, name))
                typed.shape = .slot(slot, v.isParameter && v.owner === fn ? nil : Site(name, loc))
                return typed
            case .double: return Typed(t, .double { fp throws(Trap) in try fp[slot].checkedDouble(name, loc) }, slot: (slot, name))
            case .bool: return Typed(t, .bool { fp throws(Trap) in try fp[slot].checkedBool(name, loc) })
            default:
                return Typed(t, .value { fp throws(Trap) in
                    let x = fp[slot]
                    if case .void = x, t != .void { throw uninitializedTrap(name, loc) }
                    return x
                })
            }
        case .function(let sig):
            if sig.isThrowing {
                throw error("unsupported", "using a throwing function as a value is not supported in QScript cells; call it with 'try'", at: loc)
            }
            if sig.hasInout {
                throw error("unsupported", "using a function with 'inout' parameters as a value is not supported in QScript cells; call it directly", at: loc)
            }
            return try read(sig.storage, at: loc)
        case .overloaded(let sigs):
            throw error("ambiguous-function", "ambiguous use of '\(sigs[0].name)'", at: loc,
                        notes: sigs.map { .init(message: "found candidate '\($0.fullName)'", at: $0.loc) })
        case .declaredType(let t):
            return Typed(.metatype(t.type), .constant(.void))
        case .typeAlias(let t):
            return Typed(.metatype(t), .constant(.void))
        case .genericFunction(let g):
            throw error("unsupported", "using a generic function as a value is not supported in QScript cells; call '\(g.name)' with arguments", at: loc)
        }
    }

    /// Reads through a pointer found at run time (a global's or a box's storage).
    func accessCode(_ t: QType, name: String, loc: SourceLoc, _ pointer: @escaping (Frame) -> UnsafeMutablePointer<Value>) -> Code {
        switch t {
        case .int: return .int { fp throws(Trap) in try pointer(fp).pointee.checkedInt(name, loc) }
        case .double: return .double { fp throws(Trap) in try pointer(fp).pointee.checkedDouble(name, loc) }
        case .bool: return .bool { fp throws(Trap) in try pointer(fp).pointee.checkedBool(name, loc) }
        default:
            return .value { fp throws(Trap) in
                let x = pointer(fp).pointee
                if case .void = x, t != .void { throw uninitializedTrap(name, loc) }
                return x
            }
        }
    }

    func checkString(_ parts: [StringPart], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        var pieces: [(String?, ValueCode?, QType)] = []
        var allText = true
        for p in parts {
            switch p {
            case .text(let s): pieces.append((s, nil, .string))
            case .interpolation(let x):
                allText = false
                let t = try check(x)
                try requirePrintable(t.type, at: x.loc)
                pieces.append((nil, t.code.value, t.type))
            }
        }
        if allText {
            let s = pieces.map { $0.0! }.joined()
            if expected?.optionalWrappedOrSelf == .character, s.count == 1 {
                // `Character` is not a string literal's default type: Swift's score counts it.
                score.nonDefaultLiterals += 1
                return Typed(.character, .constant(.character(s.first!)), constant: .character(s.first!))
            }
            return Typed(.string, .constant(.string(s)), constant: .string(s))
        }
        let lib = library
        let compiled: [(String?, ValueCode?, QType)] = pieces
        return Typed(.string, .value { fp throws(Trap) in
            var s = ""
            for (text, code, type) in compiled {
                if let text { s += text } else { s += try Describe.description(try code!(fp), type, library: lib) }
            }
            return .string(s)
        })
    }

    func requirePrintable(_ t: QType, at loc: SourceLoc) throws(CheckError) {
        switch t {
        case .sequence(.slice, let e): try requirePrintable(e, at: loc)
        case .wrapper(_, _, let bases): for b in bases { try requirePrintable(b, at: loc) }
        case .sequence(.substring, _), .stride: break
        case .sequence(.keys, let e), .sequence(.values, let e): try requirePrintable(e, at: loc)
        case .sequence, .metatype:
            throw error("unsupported", "printing a value of type '\(t)' is not supported in QScript cells; convert it with 'Array(...)' first", at: loc)
        case .array(let e), .optional(let e): try requirePrintable(e, at: loc)
        case .dictionary(let k, let v):
            try requirePrintable(k, at: loc)
            try requirePrintable(v, at: loc)
        case .tuple(let fs): for f in fs { try requirePrintable(f.type, at: loc) }
        default: break
        }
    }
}

extension QType {
    var optionalWrappedOrSelf: QType {
        if case .optional(let w) = self { return w }
        return self
    }

    /// `Int` or `Double` (looking through one optional), for literal typing.
    var numericBase: QType? {
        let b = optionalWrappedOrSelf
        return b.isNumeric ? b : nil
    }

    /// The type number literals take in this context: `Int`, `Double`, a fixed-width integer
    /// type or `Float` (or an optional of one).
    var literalBase: QType? {
        let b = optionalWrappedOrSelf
        return b.isNumeric || b.isOtherNumber ? b : nil
    }
}
