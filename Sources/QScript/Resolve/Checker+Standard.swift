/// The standard library's methods, resolved through `StandardLibrary`'s table: the rows of the
/// receiver's type (then those of the `Array` its elements make, for strings, ranges, views and
/// dictionaries) with the member's name and fitting labels; type variables bound from the
/// receiver and the arguments; constraints checked with swiftc's messages; between several
/// rows, the ranking of library overloads (`bestOverload`), a row of the receiver's own type
/// winning a tie over a row of its elements' array, as Swift prefers the more specialised member.
extension Checker {
    /// One type a receiver is seen as: the rows of `kind`, with the receiver's type variables.
    struct StandardReceiver {
        var kind: StandardMember.Receiver
        var types: [String: QType]
        var value: Typed
    }

    /// A row that fits the call's labels, with the argument each parameter takes (nil: its default).
    struct StandardCandidate {
        var member: StandardMember
        var receiver: StandardReceiver
        var slots: [Int?]
        /// 0 for a row of the receiver's own type, 1 for one of its elements' array.
        var specificity: Int
    }

    /// The ways a receiver of type `b.type` reaches the table's methods, most specific first.
    func standardReceivers(_ b: Typed, at loc: SourceLoc) -> [StandardReceiver] {
        func elements(_ e: QType) -> StandardReceiver {
            let asArray = if case .array = b.type { b } else { Typed(.array(e), .value(sequenceCode(b, at: loc))) }
            return StandardReceiver(kind: .array, types: ["Element": e, "Self": b.type], value: asArray)
        }
        switch b.type {
        case .array(let e): return [elements(e)]
        case .string, .sequence(.substring, _): return [StandardReceiver(kind: .string, types: ["Self": b.type], value: b), elements(.character)]
        case .sequence(_, let e), .stride(let e, _), .wrapper(_, let e, _): return [elements(e)]
        case .range(let e, _): return [StandardReceiver(kind: .range, types: ["Element": e, "Self": b.type], value: b), elements(e)]
        case .dictionary(let k, let v):
            let pair = QType.tuple([.init(label: "key", type: k), .init(label: "value", type: v)])
            return [StandardReceiver(kind: .dictionary, types: ["Key": k, "Value": v, "Self": b.type], value: b), elements(pair)]
        case .int: return [StandardReceiver(kind: .int, types: ["Self": .int], value: b)]
        case .double: return [StandardReceiver(kind: .double, types: ["Self": .double], value: b)]
        case .float: return [StandardReceiver(kind: .float, types: ["Self": .float], value: b)]
        case .fixedWidth: return [StandardReceiver(kind: .fixedWidth, types: ["Self": b.type], value: b)]
        case .character: return [StandardReceiver(kind: .character, types: ["Self": .character], value: b)]
        case .bool: return [StandardReceiver(kind: .bool, types: ["Self": .bool], value: b)]
        case .optional(let w): return [StandardReceiver(kind: .optional, types: ["Wrapped": w, "Self": b.type], value: b)]
        default: return []
        }
    }

    /// The receiver a value of type `t` reads the table's properties from (a slice, a substring
    /// and the views have properties of their own, unlike their methods), and its type variables.
    func standardPropertyReceiver(_ t: QType) -> (StandardMember.Receiver, [String: QType])? {
        switch t {
        case .array(let e): (.array, ["Element": e, "Self": t])
        case .sequence(.slice, let e): (.arraySlice, ["Element": e, "Self": t])
        case .string, .sequence(.substring, _): (.string, ["Self": t])
        case .dictionary(let k, let v): (.dictionary, ["Key": k, "Value": v, "Self": t])
        case .sequence(_, let e), .wrapper(.reversed, let e, _): (.view, ["Element": e, "Self": t])
        case .range(let e, _): (.range, ["Element": e, "Self": t])
        case .int: (.int, ["Self": t])
        case .double: (.double, ["Self": t])
        case .float: (.float, ["Self": t])
        case .fixedWidth: (.fixedWidth, ["Self": t])
        case .bool: (.bool, ["Self": t])
        case .character: (.character, ["Self": t])
        default: nil
        }
    }

    /// `b.name`, a property of the table; nil when the receiver's type has none of that name.
    func standardProperty(_ b: Typed, _ name: String, baseExpr: Expr, at loc: SourceLoc) throws(CheckError) -> Typed? {
        guard let (kind, types) = standardPropertyReceiver(b.type) else { return nil }
        if let refusal = StandardLibrary.refusedProperties[kind]?[name] { throw unsupported(refusal, at: loc) }
        guard let member = StandardLibrary.property(kind, name, isStatic: false) else { return nil }
        return try compileStandard(member, StandardCall(checker: self, signature: member.signature, receiver: b, original: b, arguments: [], written: [],
                                                        types: types, expected: nil, loc: loc, baseExpr: baseExpr))
    }

    /// `T.name` (`args` nil) or `T.name(args)` on a standard type; nil when it has no such static member.
    func standardStatic(_ t: QType, _ name: String, _ args: [Argument]?, at loc: SourceLoc) throws(CheckError) -> Typed? {
        guard let (kind, types) = standardPropertyReceiver(t) else { return nil }
        let this = Typed(.metatype(t), .constant(.void))
        guard let args else {
            guard let member = StandardLibrary.property(kind, name, isStatic: true) else { return nil }
            return try compileStandard(member, StandardCall(checker: self, signature: member.signature, receiver: this, original: this, arguments: [],
                                                            written: [], types: types, expected: nil, loc: loc))
        }
        let rows = StandardLibrary.methods(kind, name).filter(\.isStatic)
        let written = labels(args, method: name)
        for member in rows {
            guard let slots = Self.standardSlots(written, member.signature) else { continue }
            let c = StandardCandidate(member: member, receiver: StandardReceiver(kind: kind, types: types, value: this), slots: slots, specificity: 0)
            return try callStandard(c, args, original: this, expected: nil, at: loc, place: nil, baseName: "")
        }
        // No row's labels fit: a special form still gets the call, to refuse it in its own words
        // (`Int.random(in:)` without a generator).
        if let member = rows.first, case .special(let compile) = member.implementation {
            return try compile(StandardCall(checker: self, signature: member.signature, receiver: this, original: this, arguments: [],
                                            written: args.map { $0 }, types: types, expected: nil, loc: loc))
        }
        return nil
    }

    private func compileStandard(_ member: StandardMember, _ call: StandardCall) throws(CheckError) -> Typed {
        if let fast = member.fastPath, let t = fast(call) { return t }
        switch member.implementation {
        case .table(let compile), .special(let compile): return try compile(call)
        }
    }

    /// `b.name(args)` for a non-mutating method of the table; nil when no row has this name
    /// and these labels (the caller reports the missing member).
    func standardMethod(_ b: Typed, _ name: String, _ args: [Argument], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed? {
        let receivers = standardReceivers(b, at: loc)
        let candidates = standardCandidates(receivers, name, args, mutating: false)
        if candidates.isEmpty {
            for r in receivers {
                if let refusal = StandardLibrary.refusedMethods[r.kind]?[name] { throw unsupported(refusal, at: loc) }
            }
            return nil
        }
        return try chooseStandard(candidates, name, args, original: b, expected: expected, at: loc)
    }

    /// `place.name(args)` for a mutating method of the table (`baseName` names the place in
    /// traps); nil when no row of the place's type has this name and these labels.
    func standardMutatingMethod(on p: Place, named baseName: String, _ type: QType, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        let access = p.access
        let current = Typed(type, .make(type) { fp throws(Trap) in
            var v = Value.void
            try access(fp) { (x: inout Value) throws(Trap) in v = x }
            return v
        })
        let candidates = standardCandidates(Array(standardReceivers(current, at: loc).prefix(1)), name, args, mutating: true)
        if candidates.isEmpty { return nil }
        return try chooseStandard(candidates, name, args, original: current, expected: nil, at: loc, place: p, baseName: baseName)
    }

    /// The rows of the receivers with this name whose labels fit the call.
    private func standardCandidates(_ receivers: [StandardReceiver], _ name: String, _ args: [Argument], mutating: Bool) -> [StandardCandidate] {
        let written = labels(args, method: name)
        var candidates: [StandardCandidate] = []
        for (specificity, r) in receivers.enumerated() {
            for member in StandardLibrary.methods(r.kind, name) where member.isMutating == mutating && !member.isStatic {
                if let slots = Self.standardSlots(written, member.signature) {
                    candidates.append(StandardCandidate(member: member, receiver: r, slots: slots, specificity: specificity))
                }
            }
        }
        return candidates
    }

    /// One candidate is called; between several, the library's ranking decides.
    private func chooseStandard(_ candidates: [StandardCandidate], _ name: String, _ args: [Argument], original: Typed, expected: QType?,
                                at loc: SourceLoc, place: Place? = nil, baseName: String = "") throws(CheckError) -> Typed {
        func call(_ c: StandardCandidate) throws(CheckError) -> Typed {
            try callStandard(c, args, original: original, expected: expected, at: loc, place: place, baseName: baseName)
        }
        if candidates.count == 1 { return try call(candidates[0]) }
        return try bestOverload(candidates, specificity: \.specificity, call: call, ambiguity: { winners in
            self.error("ambiguous-function", "ambiguous use of '\(name)'", at: loc, notes: winners.map { c in
                .init(message: "found candidate '\(c.member.declaration)'")
            })
        }, noMatch: { () throws(CheckError) in
            // None fits: the first row's own error, as the hand-written checker gave it.
            try call(candidates[0])
        })
    }

    /// For each parameter, the index of the argument it takes (nil: its default), when the
    /// written labels fit the signature's (trailing closures already given their label).
    static func standardSlots(_ written: [String?], _ sig: StandardSignature) -> [Int?]? {
        var slots: [Int?] = []
        var next = 0
        for (i, label) in sig.labels.enumerated() {
            if next < written.count, written[next] == label {
                slots.append(next)
                next += 1
            } else if sig.hasDefault[i] {
                slots.append(nil)
            } else {
                return nil
            }
        }
        return next == written.count ? slots : nil
    }

    /// Checks one row's call: its constraints, then each argument against its parameter (binding
    /// the type variables the arguments decide), then compiles it.
    func callStandard(_ c: StandardCandidate, _ args: [Argument], original: Typed, expected: QType?, at loc: SourceLoc,
                      place: Place?, baseName: String) throws(CheckError) -> Typed {
        let sig = c.member.signature
        var types = c.receiver.types
        for constraint in c.member.constraints { try checkStandardConstraint(constraint, sig, types, at: loc) }
        let written = c.slots.map { $0.map { args[$0] } }
        let compile: StandardMember.Compile
        var checked: [Typed?] = []
        switch c.member.implementation {
        case .special(let f):
            compile = f
            checked = written.map { _ in nil }
        case .table(let f):
            compile = f
            for (i, a) in written.enumerated() {
                guard let a else {
                    checked.append(nil)
                    continue
                }
                checked.append(try standardArgument(a.value, sig.params[i], resultIs: sig.result, &types, expected: expected))
            }
        }
        let call = StandardCall(checker: self, signature: sig, receiver: c.receiver.value, original: original, arguments: checked,
                                written: written, types: types, expected: expected, loc: loc, place: place, baseName: baseName)
        if let fast = c.member.fastPath, let t = fast(call) { return t }
        return try compile(call)
    }

    /// An argument checked against a parameter of the table's signature. A parameter whose type
    /// is known once the variables bound so far are put in is checked against it; a closure
    /// whose result is a variable binds it from the closure's result (`map`'s `T`); a parameter
    /// that is a variable binds it from the argument (`reduce`'s `R`), a literal taking the
    /// call's expected type, else the receiver's numeric `Element` (`xs.reduce(0, +)` over
    /// `Double`s: Swift infers it through the closure).
    private func standardArgument(_ e: Expr, _ p: StandardType, resultIs result: StandardType, _ types: inout [String: QType],
                                  expected: QType?) throws(CheckError) -> Typed {
        if let q = p.substituted(types) {
            if case .function(let ps, let r) = q { return try checkFunctionArgument(e, params: ps, result: r) }
            return try check(e, as: q, context: .argument)
        }
        switch p {
        case .function(let ps, let r):
            var params: [QType] = []
            for x in ps {
                guard let q = x.substituted(types) else { unreachableCase() }
                params.append(q)
            }
            let c = try checkFunctionArgument(e, params: params, result: nil)
            guard case .function(_, let got) = c.type, r.bind(got, into: &types) else {
                throw error("type-mismatch", "cannot convert value of type '\(c.type)' to expected argument type '\(p)'", at: e.loc)
            }
            return c
        case .variable(let v):
            let hint: QType?
            if literalKind(e) != nil {
                hint = expected?.numericBase ?? types["Element"].flatMap { $0.isNumeric ? $0 : nil }
            } else if case .array(let items) = e.kind.unparenthesised, items.isEmpty, expected == nil, let element = types["Element"] {
                // `xs.reduce([], +)`: Swift infers the accumulator from the closure; the two shapes
                // that fit are the elements' own array type (flattening) and an array of elements.
                // Any other accumulator fails to check here (a rejection, never another type).
                hint = element.isArrayLike ? element : .array(element)
            } else if case .variable(v) = result {
                hint = expected
            } else {
                hint = nil
            }
            let t = try check(e, expected: hint)
            types[v] = t.type
            return t
        default:
            unreachableCase()
        }
    }

    private func checkStandardConstraint(_ constraint: StandardMember.Constraint, _ sig: StandardSignature, _ types: [String: QType],
                                         at loc: SourceLoc) throws(CheckError) {
        switch constraint {
        case .equatable:
            let e = types["Element"]!
            guard e.isEquatable else {
                throw error("not-equatable", "referencing instance method '\(sig.messageName)' requires that '\(e)' conform to 'Equatable'", at: loc)
            }
        case .comparable:
            let e = types["Element"]!
            if case .tuple = e {
                throw error("not-comparable", "type '\(e)' cannot conform to 'Comparable'", at: loc)
            }
            guard e.isComparable else {
                throw error("not-comparable", "referencing instance method '\(sig.messageName)' requires that '\(e)' conform to 'Comparable'", at: loc)
            }
        case .stringElements:
            let e = types["Element"]!
            guard e == .string || e == .sequence(.substring, .character) else {
                throw error("type-mismatch", "referencing instance method 'joined(separator:)' requires the elements to be 'String'", at: loc)
            }
        }
    }
}
