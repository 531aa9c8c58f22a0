import Foundation

extension Checker {
    /// `base.name` (a property) — including tuple labels, optional chains and static members.
    func checkMember(_ base: Expr, _ name: String, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if case .optionalChain(let inner) = base.kind {
            return try optionalChain(inner) { (b) throws(CheckError) in
                try property(b, name, at: loc, baseExpr: Expr(.discard, loc))
            }
        }
        if let inner = chainedOptional(in: base) {
            return try optionalChain(inner) { (u) throws(CheckError) in
                try property(try continueChain(base, from: u), name, at: loc, baseExpr: Expr(.discard, loc))
            }
        }
        if case .name("self") = base.kind, let st = currentInitializerSelf(), let s = st.type as? StructType, let i = s.fieldIndex(name) {
            // `self.x` in an initializer: only `x` needs to be set.
            try checkFieldRead(st, field: i, at: loc)
            partialSelfRead = true
            defer { partialSelfRead = false }
            return try property(try check(base), name, at: loc, baseExpr: base)
        }
        let b = try check(base)
        if case .metatype(let t) = b.type { return try staticMember(t, name, args: nil, expected: expected, at: loc) }
        return try property(b, name, at: loc, baseExpr: base)
    }

    /// Swift's optional chain covers the whole postfix expression after `?`: in
    /// `opt?.items.count`, `.count` is read from the unwrapped `items`. For a base that is a
    /// chain of properties and method calls starting at `x?` (but is not `x?` itself): `x`.
    func chainedOptional(in base: Expr) -> Expr? {
        func root(_ e: Expr) -> Expr? {
            switch e.kind {
            case .optionalChain(let inner): inner
            case .member(let b, _, _): root(b)
            case .call(let callee, _):
                if case .member(let b, _, _) = callee.kind { root(b) } else { nil }
            case .subscriptCall(let b, _): root(b)
            default: nil
            }
        }
        if case .optionalChain = base.kind { return nil }
        return root(base)
    }

    /// The chain `e` (see `chainedOptional`) applied to `u`, the unwrapped value of its `x?`.
    func continueChain(_ e: Expr, from u: Typed) throws(CheckError) -> Typed {
        switch e.kind {
        case .optionalChain:
            return u
        case .member(let b, let name, let nameLoc):
            return try property(try continueChain(b, from: u), name, at: nameLoc, baseExpr: Expr(.discard, nameLoc))
        case .call(let callee, let args):
            guard case .member(let b, let name, let nameLoc) = callee.kind else { break }
            if Checker.mutatingMethods.contains(name) || isNativeMutatingSomewhere(name) {
                throw unsupported("a mutating method inside an optional chain", at: nameLoc)
            }
            return try method(try continueChain(b, from: u), name, args, expected: nil, at: nameLoc, baseExpr: nil)
        case .subscriptCall(let b, let args):
            return try subscriptOf(try continueChain(b, from: u), b, args, at: e.loc)
        default:
            break
        }
        throw unsupported("this optional chain", at: e.loc)
    }

    /// `value[args]` for a value already checked (a step of an optional chain): a stand-in
    /// expression holds it while the subscript is checked (named so no cell variable can be
    /// found by it, which a fast path reading a variable's storage would do).
    func subscriptOf(_ value: Typed, _ base: Expr, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let standIn = Expr(.name("$chain"), base.loc)
        valueOverrides[ObjectIdentifier(standIn)] = value
        defer { valueOverrides[ObjectIdentifier(standIn)] = nil }
        return try checkSubscript(standIn, args, at: loc)
    }

    /// `inner?.member...`: the member is compiled against a temporary slot holding the
    /// unwrapped base; a nil base makes the whole chain nil.
    func optionalChain(_ inner: Expr, _ member: (Typed) throws(CheckError) -> Typed) throws(CheckError) -> Typed {
        let b = try check(inner)
        guard case .optional(let w) = b.type else {
            throw error("chain-non-optional", "cannot use optional chaining on non-optional value of type '\(b.type)'", at: inner.loc)
        }
        let tmp = fn.newSlot()
        let m = try member(Typed(w, .make(w) { fp in fp[tmp] }))
        let resultType: QType = m.type.optionalWrapped != nil || m.type == .void ? m.type : .optional(m.type)
        let f = b.code.value
        let g = m.code.value
        return Typed(resultType, .value { fp throws(Trap) in
            let v = try f(fp)
            if case .none = v { return resultType == .void ? .void : .none }
            fp[tmp] = v
            return try g(fp)
        })
    }

    func property(_ b: Typed, _ name: String, at loc: SourceLoc, baseExpr: Expr) throws(CheckError) -> Typed {
        let f = b.code.value
        func prop(_ t: QType, _ get: @escaping (Value) throws(Trap) -> Value) -> Typed {
            Typed(t, .make(t) { fp throws(Trap) in try get(try f(fp)) })
        }
        if name == "lazy", b.type.elementType != nil {
            throw unsupported("the 'lazy' view (its closures run at each access; use the eager 'map' and 'filter')", at: loc)
        }
        switch (b.type, name) {
        case (.structure(let t), _):
            if let i = t.fieldIndex(name), let fast = try fastFieldRead(baseExpr, t, i, at: loc) { return fast }
            if let p = try structProperty(b, t, name, at: loc) { return p }
        case (.enumeration(let t), _):
            if let p = try enumProperty(b, t, name, at: loc) { return p }
        case (.fixedWidth, _), (.float, _):
            if let p = otherNumberProperty(b, name) { return p }
        case (.sequence(.slice, let e), _) where name != "count":
            return try property(Typed(.array(e), b.code), name, at: loc, baseExpr: Expr(.discard, loc))
        case (.tuple(let fields), _):
            if let i = fields.firstIndex(where: { $0.label == name }) {
                return prop(fields[i].type) { $0.tuple[i] }
            }
        case (.array, "count"), (.sequence(.slice, _), "count"):
            if case .name(let n) = baseExpr.kind, case .local(let v)? = lookup(n), v.owner === fn, !v.boxed {
                let slot = v.slot
                return Typed(.int, .int { fp throws(Trap) in
                    guard case .array(let a) = fp[slot] else { throw uninitializedTrap(n, loc) }
                    return a.count
                })
            }
            return Typed(.int, .int { fp throws(Trap) in try f(fp).array.count })
        case (.array, "isEmpty"): return Typed(.bool, .bool { fp throws(Trap) in try f(fp).array.isEmpty })
        case (.array(let e), "first"): return prop(.optional(e)) { $0.array.first ?? .none }
        case (.array(let e), "last"): return prop(.optional(e)) { $0.array.last ?? .none }
        case (.array, "indices"): return prop(.range(.int, closed: false)) { .range(RangeValue(lower: 0, upper: $0.array.count, step: 1, closed: false)) }
        case (.string, "count"), (.sequence(.substring, _), "count"): return Typed(.int, .int { fp throws(Trap) in try f(fp).string.count })
        case (.string, "isEmpty"), (.sequence(.substring, _), "isEmpty"): return Typed(.bool, .bool { fp throws(Trap) in try f(fp).string.isEmpty })
        case (.string, "first"): return prop(.optional(.character)) { $0.string.first.map { .character($0) } ?? .none }
        case (.string, "last"): return prop(.optional(.character)) { $0.string.last.map { .character($0) } ?? .none }
        case (.string, "description"): return b
        case (.dictionary, "count"): return Typed(.int, .int { fp throws(Trap) in try f(fp).dictionary.count })
        case (.dictionary(let k, let v), "first"):
            // The first entry in iteration order (insertion order here; see DictionaryValue).
            return prop(.optional(.tuple([.init(label: "key", type: k), .init(label: "value", type: v)]))) { d in
                let x = d.dictionary
                return x.count == 0 ? .none : .tuple([x.keys[0], x.values[0]])
            }
        case (.dictionary, "isEmpty"): return Typed(.bool, .bool { fp throws(Trap) in try f(fp).dictionary.count == 0 })
        case (.dictionary(let k, _), "keys"): return prop(.sequence(.keys, k)) { .array($0.dictionary.keys) }
        case (.dictionary(_, let v), "values"): return prop(.sequence(.values, v)) { .array($0.dictionary.values) }
        case (.sequence(_, let e), "count") where e != .void: return Typed(.int, .int { fp throws(Trap) in try f(fp).array.count })
        case (.wrapper(.reversed, _, _), "count"): return Typed(.int, .int { fp throws(Trap) in try f(fp).tuple[0].array.count })
        case (.wrapper(.reversed, _, _), "isEmpty"): return Typed(.bool, .bool { fp throws(Trap) in try f(fp).tuple[0].array.isEmpty })
        case (.sequence, "isEmpty"): return Typed(.bool, .bool { fp throws(Trap) in try f(fp).array.isEmpty })
        case (.range, "count"): return Typed(.int, .int { fp throws(Trap) in try f(fp).rangeValue.count })
        case (.range, "isEmpty"): return Typed(.bool, .bool { fp throws(Trap) in try f(fp).rangeValue.count == 0 })
        case (.range, "lowerBound"): return Typed(.int, .int { fp throws(Trap) in try f(fp).rangeValue.lower })
        case (.range, "upperBound"): return Typed(.int, .int { fp throws(Trap) in try f(fp).rangeValue.upper })
        case (.int, "nonzeroBitCount"): let g = b.code.int; return Typed(.int, .int { fp throws(Trap) in try g(fp).nonzeroBitCount })
        case (.int, "leadingZeroBitCount"): let g = b.code.int; return Typed(.int, .int { fp throws(Trap) in try g(fp).leadingZeroBitCount })
        case (.int, "trailingZeroBitCount"): let g = b.code.int; return Typed(.int, .int { fp throws(Trap) in try g(fp).trailingZeroBitCount })
        case (.int, "magnitude"):
            throw unsupported("'magnitude' on Int (it is a UInt; use abs(_:))", at: loc)
        case (.int, "description"): let g = b.code.int; return Typed(.string, .value { fp throws(Trap) in .string(String(try g(fp))) })
        case (.double, _):
            if let t = try doubleProperty(b.code.double, name, at: loc) { return t }
        case (.bool, "description"): let g = b.code.bool; return Typed(.string, .value { fp throws(Trap) in .string(String(try g(fp))) })
        case (.character, _):
            if let t = characterProperty(f, name) { return t }
        case (.native(let id), _):
            if let p = library.type(id)?.properties[name] {
                let lib = library
                let m = self.m
                return prop(p.type) { (v) throws(Trap) in
                    do { return try p.getter(v) } catch { throw lib.trap(error, loc, timeout: m.pointee.timeoutSeconds) }
                }
            }
            if library.type(id)?.methods[name] != nil {
                throw error("method-as-value", "method '\(name)' must be called: use '\(name)(...)'", at: loc)
            }
        case (.optional, _):
            throw error("optional-member", "value of optional type '\(b.type)' must be unwrapped to refer to member '\(name)' of wrapped base type '\(b.type.optionalWrapped!)'", at: loc,
                        notes: [.init(message: "chain the optional using '?' to access member '\(name)' only for non-'nil' base values"),
                                .init(message: "force-unwrap using '!' to abort execution if the optional value contains 'nil'")])
        default:
            break
        }
        if Checker.methodNames.contains(name) {
            throw error("method-as-value", "method '\(name)' must be called: use '\(name)(...)'", at: loc)
        }
        if let t = b.type.declaredType, t.staticProperties[name] != nil || t.staticComputed[name] != nil || t.staticMethods[name] != nil {
            throw error("static-on-instance", "static member '\(name)' cannot be used on instance of type '\(t.name)'", at: loc)
        }
        throw error("no-member", "value of type '\(b.type)' has no member '\(name)'", at: loc)
    }

    /// Names of the standard library's methods (from `StandardLibrary`'s table).
    static var methodNames: Set<String> { StandardLibrary.methodNames }

    func doubleProperty(_ g: @escaping DoubleCode, _ name: String, at loc: SourceLoc) throws(CheckError) -> Typed? {
        switch name {
        case "isNaN": return Typed(.bool, .bool { fp throws(Trap) in try g(fp).isNaN })
        case "isInfinite": return Typed(.bool, .bool { fp throws(Trap) in try g(fp).isInfinite })
        case "isFinite": return Typed(.bool, .bool { fp throws(Trap) in try g(fp).isFinite })
        case "isZero": return Typed(.bool, .bool { fp throws(Trap) in try g(fp).isZero })
        case "magnitude": return Typed(.double, .double { fp throws(Trap) in try g(fp).magnitude })
        case "description": return Typed(.string, .value { fp throws(Trap) in .string(try g(fp).description) })
        case "ulp": return Typed(.double, .double { fp throws(Trap) in try g(fp).ulp })
        case "sign":
            // `FloatingPointSign`: `.plus` (case 0) or `.minus` (case 1), the sign bit.
            return Typed(.enumeration(EnumType.floatingPointSign), .value { fp throws(Trap) in .int(try g(fp).sign == .minus ? 1 : 0) })
        default: return nil
        }
    }

    func characterProperty(_ f: @escaping ValueCode, _ name: String) -> Typed? {
        func flag(_ test: @escaping (Character) -> Bool) -> Typed {
            Typed(.bool, .bool { fp throws(Trap) in test(try f(fp).character) })
        }
        switch name {
        case "isLetter": return flag(\.isLetter)
        case "isNumber": return flag(\.isNumber)
        case "isWhitespace": return flag(\.isWhitespace)
        case "isUppercase": return flag(\.isUppercase)
        case "isLowercase": return flag(\.isLowercase)
        case "isPunctuation": return flag(\.isPunctuation)
        case "isWholeNumber": return flag(\.isWholeNumber)
        case "isHexDigit": return flag(\.isHexDigit)
        case "isASCII": return flag(\.isASCII)
        case "wholeNumberValue":
            return Typed(.optional(.int), .value { fp throws(Trap) in try f(fp).character.wholeNumberValue.map { .int($0) } ?? .none })
        case "description":
            return Typed(.string, .value { fp throws(Trap) in .string(String(try f(fp).character)) })
        default: return nil
        }
    }

    /// The static properties of `Int` and `Double` below (for `OperatorInference`).
    /// The static properties of `Int` and `Double` (from `StandardLibrary`'s table).
    static let intStaticNames = StandardLibrary.staticPropertyNames(.int)
    static let doubleStaticNames = StandardLibrary.staticPropertyNames(.double)

    /// `Int.max`, `Double.pi`, `Circuit.bell`, and (with `args`) static methods.
    func staticMember(_ t: QType, _ name: String, args: [Argument]?, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if name == "init", let args { return try checkInitializer(t, args, expected: expected, at: loc) }
        if name == "random", let args, let r = try staticRandom(t, args, at: loc) { return r }
        if let d = t.declaredType, let s = try declaredStaticMember(d, name, args: args, at: loc) { return s }
        if case .enumeration(let e) = t { return try enumStaticMember(e, name, args: args, at: loc) }
        if args == nil, let n = otherNumberStatic(t, name) { return n }
        if args == nil {
            switch (t, name) {
            case (.int, "max"): return Typed(.int, .constant(.int(.max)), constant: .int(.max))
            case (.int, "min"): return Typed(.int, .constant(.int(.min)), constant: .int(.min))
            case (.int, "bitWidth"): return Typed(.int, .constant(.int(64)))
            case (.double, "pi"): return Typed(.double, .constant(.double(.pi)))
            case (.double, "infinity"): return Typed(.double, .constant(.double(.infinity)))
            case (.double, "nan"): return Typed(.double, .constant(.double(.nan)))
            case (.double, "greatestFiniteMagnitude"): return Typed(.double, .constant(.double(.greatestFiniteMagnitude)))
            case (.double, "leastNormalMagnitude"): return Typed(.double, .constant(.double(.leastNormalMagnitude)))
            case (.double, "leastNonzeroMagnitude"): return Typed(.double, .constant(.double(.leastNonzeroMagnitude)))
            case (.double, "ulpOfOne"): return Typed(.double, .constant(.double(.ulpOfOne)))
            default: break
            }
        }
        if case .native(let id) = t, let desc = library.type(id) {
            if args == nil, let s = desc.statics[name] {
                return try callNative(s, nil, receiver: nil, at: loc, what: "\(id.name).\(name)")
            }
            if let args, let overloads = desc.staticOverloads[name] {
                return try callNativeOverloads(overloads, args, receiver: nil, at: loc, what: "\(id.name).\(name)", kind: .staticMethod)
            }
            if args == nil, desc.staticOverloads[name] != nil {
                throw error("method-as-value", "static method '\(name)' must be called: use '.\(name)(...)'", at: loc)
            }
        }
        throw error("no-member", "type '\(t)' has no member '\(name)'", at: loc)
    }

    /// `.z(0)`, `.pi`: a static member of the type the context expects.
    func checkImplicitMember(_ name: String, args: [Argument]?, expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        guard let t = expected?.optionalWrappedOrSelf else {
            throw error("implicit-member-without-context", "cannot infer contextual base in reference to member '\(name)'", at: loc)
        }
        return try staticMember(t, name, args: args, expected: expected, at: loc)
    }
}
