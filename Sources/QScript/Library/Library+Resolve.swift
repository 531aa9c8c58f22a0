/// Turning member specs into `NativeFunction`s: the signature parsed, every Swift type bridged
/// and compared with what the signature declares, and the call closure that converts values.
extension Library {
    enum MemberKind {
        case initializer, method, staticMethod, staticProperty, function
        case binaryOperator(String), prefixOperator(String)

        var boundKind: BoundMember.Kind {
            switch self {
            case .initializer: .initializer
            case .method: .method
            case .staticMethod: .staticMethod
            case .staticProperty: .staticProperty
            case .function: .function
            case .binaryOperator: .operator
            case .prefixOperator: .prefixOperator
            }
        }

        var hasReceiver: Bool {
            if case .method = self { return true }
            return false
        }
    }

    /// Resolves a function, initialiser, method, static member or operator; nil (with a
    /// problem recorded) when the binding is inconsistent.
    func resolve(_ spec: MemberSpec, owner: String?, kind: MemberKind) -> NativeFunction? {
        guard let (sig, params, result) = resolveSignature(spec.signature, spec.params, spec.result, owner: owner) else { return nil }
        let key = memberKey(owner, sig.name, sig.labels, params, kind: kind)
        let isSubscript = sig.name == "subscript" && kind.hasReceiver
        var text = declaration(spec.signature, sig, params, result, kind: kind)
        if isSubscript, text.hasPrefix("func ") { text.removeFirst(5) }
        addMember(BoundMember(kind: isSubscript ? .subscript : kind.boundKind, owner: owner, declaration: text, key: key))
        let swiftTypes = spec.params
        let body = spec.body
        let hasReceiver = kind.hasReceiver
        let call: (NativeCall, [Value]) throws -> Value = { [unowned self] c, values in
            if recordsUsage { recordUse(key) }
            var args: [Any] = []
            args.reserveCapacity(values.count)
            var offset = 0
            if hasReceiver {
                args.append(values[0].native.value)
                offset = 1
            }
            for i in params.indices { args.append(fromValue(values[i + offset], params[i], swiftTypes[i], c)) }
            return toValue(try body(args), result)
        }
        return NativeFunction(name: sig.name, labels: sig.labels, params: params, defaults: sig.defaults, result: result,
                              isMutating: false, key: key, call: call)
    }

    func resolveMutating(_ spec: MutatingSpec, owner: String) -> NativeFunction? {
        guard let (sig, params, result) = resolveSignature(spec.signature, spec.params, spec.result, owner: owner) else { return nil }
        let key = memberKey(owner, sig.name, sig.labels, params, kind: .method)
        addMember(BoundMember(kind: .mutatingMethod, owner: owner, declaration: "mutating " + declaration(spec.signature, sig, params, result, kind: .method), key: key))
        let swiftTypes = spec.params
        let body = spec.body
        let mutate: (NativeCall, NativeBox, [Value]) throws -> Value = { [unowned self] c, box, values in
            if recordsUsage { recordUse(key) }
            var args: [Any] = []
            for i in params.indices { args.append(fromValue(values[i], params[i], swiftTypes[i], c)) }
            return toValue(try body(box, args), result)
        }
        return NativeFunction(name: sig.name, labels: sig.labels, params: params, defaults: sig.defaults, result: result,
                              isMutating: true, key: key, call: { _, _ in .void }, mutate: mutate)
    }

    func resolveProperty<T, R>(_ name: String, owner: String, get: @escaping (T) throws -> R,
                               set: ((inout T, R) throws -> Void)?) -> NativeProperty? {
        guard let type = qtype(of: R.self), !type.containsFunction else {
            problem("property '\(owner).\(name)': type \(R.self) is not bound" + (qtype(of: R.self) != nil ? " as a property (function values cross only as arguments)" : ""))
            return nil
        }
        let key = "\(owner).\(name)"
        addMember(BoundMember(kind: set == nil ? .property : .settableProperty, owner: owner,
                              declaration: "var \(name): \(type)" + (set == nil ? " { get }" : ""), key: key))
        let getter: (Value) throws -> Value = { [unowned self] v in
            if recordsUsage { recordUse(key) }
            guard let x = v.native.value as? T else { throw BindingFault.receiver(expected: T.self, got: v.native.value) }
            return toValue(try get(x), type)
        }
        var setter: ((inout Value, Value) throws -> Void)?
        if let set {
            setter = { [unowned self] v, x in
                if recordsUsage { recordUse(key) }
                guard var s = v.native.value as? T else { throw BindingFault.receiver(expected: T.self, got: v.native.value) }
                guard let r = fromValue(x, type, R.self, nil) as? R else { throw BindingFault.argument(0, expected: R.self, got: x) }
                try set(&s, r)
                v = .native(NativeBox(s))
            }
        }
        return NativeProperty(type: type, key: key, getter: getter, setter: setter)
    }

    // MARK: signatures and types

    /// The parsed signature and the static types of the parameters and the result, checked
    /// against each other; nil (with a problem recorded) when they disagree.
    private func resolveSignature(_ text: String, _ swiftParams: [Any.Type], _ swiftResult: Any.Type,
                                  owner: String?) -> (Signature, [QType], QType)? {
        let context = "binding '\(owner.map { "\($0)." } ?? "")\(text)'"
        let sig: Signature
        switch Signature.parse(text) {
        case .success(let s): sig = s
        case .failure(let e):
            problem("\(context): \(e.message)")
            return nil
        }
        guard sig.labels.count == swiftParams.count else {
            problem("\(context): the signature has \(sig.labels.count) parameters, the closure \(swiftParams.count)")
            return nil
        }
        var params: [QType] = []
        for (i, t) in swiftParams.enumerated() {
            guard let q = resolveParameter(t, declared: sig.types?[i], context: "\(context), parameter #\(i + 1)") else { return nil }
            params.append(q)
        }
        guard let result = resolveResult(swiftResult, declared: sig.result, context: context) else { return nil }
        return (sig, params, result)
    }

    private func resolveParameter(_ swiftType: Any.Type, declared: TypeRepr?, context: String) -> QType? {
        let bridged = qtype(of: swiftType)
        if let declared {
            guard let d = qtype(of: declared) else {
                problem("\(context): unknown type in the signature")
                return nil
            }
            if let bridged, bridged != d {
                problem("\(context): the signature says '\(d)' but the closure takes \(swiftType)")
                return nil
            }
            if bridged == nil {
                problem("\(context): \(swiftType) cannot cross into the library" + hint(for: d, swiftType))
                return nil
            }
            return d
        }
        guard let bridged else {
            problem("\(context): \(swiftType) is not a bound type" + hint(for: nil, swiftType))
            return nil
        }
        return bridged
    }

    private func hint(for declared: QType?, _ swiftType: Any.Type) -> String {
        let name = "\(swiftType)"
        if name.contains("->") { return " (bind the function type with .closure((\(name.replacingOccurrences(of: "Optional<", with: "").dropLast(name.hasPrefix("Optional<") ? 1 : 0))).self))" }
        if name.hasPrefix("(") { return " (tuples cross only as results)" }
        return ""
    }

    private func resolveResult(_ swiftType: Any.Type, declared: TypeRepr?, context: String) -> QType? {
        let bridged = qtype(of: swiftType)
        if let declared {
            guard let d = qtype(of: declared) else {
                problem("\(context): unknown result type in the signature")
                return nil
            }
            if let bridged {
                if bridged != d { problem("\(context): the signature returns '\(d)' but the closure returns \(swiftType)") }
                return bridged == d ? d : nil
            }
            if case .tuple(let fields) = d, tupleArity(swiftType) == fields.count,
               fields.allSatisfy({ qtypeCanBeResult($0.type) }) {
                return d
            }
            problem("\(context): the closure's result \(swiftType) does not match '\(d)'")
            return nil
        }
        guard let bridged else {
            problem("\(context): the result type \(swiftType) is not bound" + (tupleArity(swiftType) > 1 ? " (declare a tuple result in the signature: '... -> (a: Int, b: Double)')" : ""))
            return nil
        }
        if bridged.containsFunction {
            problem("\(context): closures cannot be returned to cells")
            return nil
        }
        return bridged
    }

    private func qtypeCanBeResult(_ t: QType) -> Bool {
        !t.containsFunction
    }

    /// The number of top-level elements of a Swift tuple type, read from its name
    /// (`(value: Double, gradient: Array<Double>)` → 2); 1 for any other type.
    func tupleArity(_ t: Any.Type) -> Int {
        let name = "\(t)"
        guard name.hasPrefix("("), name.hasSuffix(")") else { return 1 }
        var depth = 0, count = 1
        for ch in name.dropFirst().dropLast() {
            switch ch {
            case "(", "<", "[": depth += 1
            case ")", ">", "]": depth -= 1
            case "," where depth == 0: count += 1
            default: break
            }
        }
        return count
    }

    /// A type written in a signature.
    func qtype(of repr: TypeRepr) -> QType? {
        switch repr {
        case .named(let name, _):
            switch name {
            case "Int": return .int
            case "Double": return .double
            case "Bool": return .bool
            case "String": return .string
            case "Character": return .character
            case "Void": return .void
            default: return typesByName[name].map { .native($0.id) }
            }
        case .existential(let inner, _):
            guard let t = qtype(of: inner), case .native(let id) = t, type(id)?.isProtocol == true else { return nil }
            return t
        case .array(let e): return qtype(of: e).map { .array($0) }
        case .optional(let w): return qtype(of: w).map { .optional($0) }
        case .dictionary(let k, let v):
            guard let kt = qtype(of: k), kt == .int || kt == .string, let vt = qtype(of: v) else { return nil }
            return .dictionary(kt, vt)
        case .tuple(let fields):
            var out: [QType.TupleField] = []
            for f in fields {
                guard let t = qtype(of: f.type) else { return nil }
                out.append(.init(label: f.label, type: t))
            }
            return .tuple(out)
        case .function(let ps, let r):
            var params: [QType] = []
            for p in ps {
                guard let t = qtype(of: p) else { return nil }
                params.append(t)
            }
            return qtype(of: r).map { .function(params, $0) }
        }
    }

    private func memberKey(_ owner: String?, _ name: String, _ labels: [String?], _ params: [QType], kind: MemberKind) -> String {
        if case .staticProperty = kind { return "\(owner ?? "").\(name)" }
        let prefix: String
        switch kind {
        case .binaryOperator, .prefixOperator: prefix = "operator "
        default: prefix = owner.map { "\($0)." } ?? ""
        }
        let ps = zip(labels, params).map { "\($0 ?? "_"): \($1)" }.joined(separator: ", ")
        return "\(prefix)\(name)(\(ps))"
    }

    /// The member's Swift declaration as listings show it.
    private func declaration(_ text: String, _ sig: Signature, _ params: [QType], _ result: QType, kind: MemberKind) -> String {
        let arrow = result == .void ? "" : " -> \(result)"
        switch kind {
        case .staticProperty: return "static var \(sig.name): \(result) { get }"
        case .binaryOperator(let op): return "static func \(op) (lhs: \(params[0]), rhs: \(params[1]))\(arrow)"
        case .prefixOperator(let op): return "static prefix func \(op) (operand: \(params[0]))\(arrow)"
        default: break
        }
        let lead: String
        switch kind {
        case .staticMethod: lead = "static func "
        case .function, .method: lead = "func "
        default: lead = ""
        }
        if sig.types != nil {
            // The declaration form: as written (on one line), with the result added when it was
            // left implicit.
            let oneLine = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if case .initializer = kind { return oneLine }
            return lead + oneLine + (sig.result == nil ? arrow : "")
        }
        let ps = zip(sig.labels, params).map { "\($0 ?? "_"): \($1)" }.joined(separator: ", ")
        if case .initializer = kind { return "init\(result.optionalWrapped != nil ? "?" : "")(\(ps))" }
        return "\(lead)\(sig.name)(\(ps))\(arrow)"
    }
}
